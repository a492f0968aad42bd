package dev.configunit.image;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A minimal OCI distribution client on {@code java.net.http}: manifests and blobs of one repository, anonymous,
 * with basic auth, or with a bearer token from the registry's token service (distribution-spec; reference/images.md
 * §3.4). Redirects to blob storage are followed without the registry's {@code Authorization} header.
 */
final class RegistryClient {

    static final String ACCEPT = String.join(", ",
            "application/vnd.oci.image.index.v1+json",
            "application/vnd.oci.image.manifest.v1+json",
            "application/vnd.docker.distribution.manifest.list.v2+json",
            "application/vnd.docker.distribution.manifest.v2+json");
    private static final Pattern PARAM = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final int MAX_REDIRECTS = 5;

    /** A manifest body with its media type and the digest the registry states for it. */
    record Manifest(byte[] body, String mediaType, String statedDigest) {
    }

    private final HttpClient http;
    private final RegistryReference reference;
    private final RegistryCredentials.Login login;
    private final String base;
    private volatile String authorization;

    RegistryClient(RegistryReference reference, RegistryCredentials credentials) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.reference = reference;
        this.login = credentials.forHost(reference.host());
        this.base = (reference.isLoopback() ? "http://" : "https://") + reference.host();
    }

    Manifest manifest(String ref) throws IOException {
        HttpResponse<InputStream> response = get("/v2/" + reference.repository() + "/manifests/" + ref, ACCEPT);
        try (InputStream body = response.body()) {
            byte[] bytes = body.readNBytes(ImageSource.MAX_METADATA + 1);
            if (bytes.length > ImageSource.MAX_METADATA) {
                throw new IOException("the manifest is larger than " + ImageSource.MAX_METADATA + " bytes");
            }
            return new Manifest(bytes, response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Docker-Content-Digest").orElse(null));
        }
    }

    /**
     * Streams a blob.
     *
     * @throws NoSuchFileException if the registry does not have it
     */
    InputStream blob(String digest) throws IOException {
        return get("/v2/" + reference.repository() + "/blobs/" + digest, "*/*").body();
    }

    private HttpResponse<InputStream> get(String path, String accept) throws IOException {
        URI uri = URI.create(base + path);
        boolean retried = false;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            boolean sameHost = uri.getAuthority() != null && uri.getAuthority().equals(reference.host());
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().header("Accept", accept);
            if (sameHost && authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<InputStream> response = send(request.build());
            int status = response.statusCode();
            if (status == 401 && sameHost && !retried) {
                String challenge = response.headers().firstValue("WWW-Authenticate").orElse("");
                response.body().close();
                authorize(challenge);
                retried = true;
                hop--;
                continue;
            }
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                String location = response.headers().firstValue("Location").orElse(null);
                response.body().close();
                if (location == null) {
                    throw new IOException(describe(path) + " answered " + status + " without a Location");
                }
                uri = uri.resolve(location);
                continue;
            }
            if (status == 404) {
                response.body().close();
                throw new NoSuchFileException(describe(path));
            }
            if (status / 100 != 2) {
                response.body().close();
                throw new IOException(describe(path) + " answered HTTP " + status
                        + (status == 401 || status == 403 ? " (" + (login == null ? "no credentials for "
                        + reference.host() + "; give them with --registry-auth" : "credentials refused") + ")" : ""));
            }
            return response;
        }
        throw new IOException(describe(path) + ": more than " + MAX_REDIRECTS + " redirects");
    }

    private String describe(String path) {
        return "GET " + base + path;
    }

    private HttpResponse<InputStream> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Answers a challenge: basic credentials, or a bearer token from the realm. */
    private void authorize(String challenge) throws IOException {
        String scheme = challenge.split(" ", 2)[0].toLowerCase(java.util.Locale.ROOT);
        Map<String, String> params = new LinkedHashMap<>();
        Matcher m = PARAM.matcher(challenge);
        while (m.find()) {
            params.put(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2));
        }
        if (scheme.equals("basic")) {
            if (login == null) {
                throw new IOException("the registry " + reference.host() + " requires credentials; give them with "
                        + "--registry-auth");
            }
            authorization = basic();
            return;
        }
        if (!scheme.equals("bearer") || params.get("realm") == null) {
            throw new IOException("the registry " + reference.host() + " asked for unsupported authentication \""
                    + scheme + "\"");
        }
        StringBuilder query = new StringBuilder();
        if (params.get("service") != null) {
            query.append("service=").append(URLEncoder.encode(params.get("service"), StandardCharsets.UTF_8));
        }
        String scope = params.getOrDefault("scope", "repository:" + reference.repository() + ":pull");
        query.append(query.length() == 0 ? "" : "&").append("scope=").append(URLEncoder.encode(scope, StandardCharsets.UTF_8));
        URI realm = URI.create(params.get("realm"));
        URI token = URI.create(realm + (realm.getQuery() == null ? "?" : "&") + query);
        HttpRequest.Builder request = HttpRequest.newBuilder(token).GET().timeout(Duration.ofSeconds(30));
        if (login != null) {
            request.header("Authorization", basic());
        }
        HttpResponse<InputStream> response = send(request.build());
        try (InputStream body = response.body()) {
            if (response.statusCode() / 100 != 2) {
                throw new IOException("the token service of " + reference.host() + " answered HTTP "
                        + response.statusCode());
            }
            JsonNode json = ImagePlanner.json(body.readNBytes(1024 * 1024), "the token response");
            String value = json.path("token").isString() ? json.path("token").asString()
                    : json.path("access_token").asString(null);
            if (value == null || value.isEmpty()) {
                throw new IOException("the token service of " + reference.host() + " returned no token");
            }
            authorization = "Bearer " + value;
        } catch (ImageException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(
                (login.username() + ":" + login.password()).getBytes(StandardCharsets.UTF_8));
    }
}
