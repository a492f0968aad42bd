package dev.configunit.image;

import dev.configunit.parse.GoJsonReader;
import dev.configunit.parse.JsonSyntaxException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Credentials for registry pulls, read from a Docker {@code config.json} or containers {@code auth.json} the way
 * skopeo finds them: the file given, else {@code $REGISTRY_AUTH_FILE}, {@code $DOCKER_CONFIG/config.json},
 * {@code ~/.docker/config.json}. Only inline {@code auth} or {@code username}/{@code password} are used (no
 * helpers). The values never leave this class except in an {@code Authorization} header.
 */
final class RegistryCredentials {

    /** A user name and password. */
    record Login(String username, String password) {
        @Override
        public String toString() {
            return "Login[" + username + ", ***]";
        }
    }

    private final JsonNode auths;

    private RegistryCredentials(JsonNode auths) {
        this.auths = auths;
    }

    static RegistryCredentials none() {
        return new RegistryCredentials(null);
    }

    static RegistryCredentials load(Path file) {
        if (file != null) {
            return read(file);
        }
        Map<String, String> env = System.getenv();
        if (env.get("REGISTRY_AUTH_FILE") != null) {
            return read(Path.of(env.get("REGISTRY_AUTH_FILE")));
        }
        if (env.get("DOCKER_CONFIG") != null) {
            return read(Path.of(env.get("DOCKER_CONFIG"), "config.json"));
        }
        return read(Path.of(System.getProperty("user.home"), ".docker", "config.json"));
    }

    private static RegistryCredentials read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new RegistryCredentials(GoJsonReader.read(bytes).root().path("auths"));
        } catch (IOException | JsonSyntaxException e) {
            return none(); // no usable credentials: pulls go out anonymously
        }
    }

    /** The login stored for a registry host, keyed {@code host}, {@code https://host} or {@code host/...}. */
    Login forHost(String host) {
        if (auths == null || !auths.isObject()) {
            return null;
        }
        for (Map.Entry<String, JsonNode> entry : auths.properties()) {
            String key = entry.getKey().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "");
            int slash = key.indexOf('/');
            key = slash < 0 ? key : key.substring(0, slash);
            if (!key.equals(host.toLowerCase(Locale.ROOT))) {
                continue;
            }
            JsonNode value = entry.getValue();
            if (value.path("auth").isString() && !value.path("auth").asString().isEmpty()) {
                try {
                    String decoded = new String(Base64.getMimeDecoder().decode(value.path("auth").asString()),
                            StandardCharsets.UTF_8);
                    int colon = decoded.indexOf(':');
                    if (colon > 0) {
                        return new Login(decoded.substring(0, colon), decoded.substring(colon + 1));
                    }
                } catch (IllegalArgumentException e) {
                    // not Base64: try the plain fields
                }
            }
            if (value.path("username").isString() && value.path("password").isString()) {
                return new Login(value.path("username").asString(), value.path("password").asString());
            }
        }
        return null;
    }
}
