package dev.configunit.check;

import dev.configunit.parse.GoJsonReader;
import dev.configunit.parse.JsonSyntaxException;
import dev.configunit.source.ImageLocation;
import dev.configunit.source.SourceKind;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * {@code secret-in-image-history}: a secret that is in an image although its final filesystem does not show it —
 * a credential file with inline secrets that a later layer deleted or overwrote, a {@code DOCKER_AUTH_CONFIG} in
 * the config's {@code Env}, or a {@code history[].created_by} command with a login password or inline credentials
 * (images.md; rules.md).
 *
 * <p>Every layer ships with the image, so anyone who pulls it can read what a later layer hid.
 */
final class SecretInImageHistoryCheck implements Check {

    @Override
    public void check(CheckContext context, ViolationSink sink) {
        ImageLocation image = context.source().image();
        if (image == null) {
            return;
        }
        if (context.source().kind() == SourceKind.IMAGE_CONFIG) {
            checkEnv(context.document().root(), sink);
            checkHistory(context.document().root(), sink);
        } else if (image.presence() != ImageLocation.Presence.VISIBLE) {
            checkHiddenFile(context, image, sink);
        }
    }

    private static void checkHiddenFile(CheckContext context, ImageLocation image, ViolationSink sink) {
        DockerConfigView config = context.config();
        String variant = image.presence() == ImageLocation.Presence.DELETED ? "deleted" : "overwritten";
        for (DockerConfigView.Member entry : config.auths()) {
            for (String field : InlineSecrets.FIELDS) {
                DockerConfigView.Member secret = config.nonEmptyString(entry, field);
                if (secret != null) {
                    sink.report(Violation.onValue(secret.pointer(), variant, Map.of(
                            "key", RegistryKey.parse(entry.key()).display(), "field", field,
                            "path", image.path(), "added", String.valueOf(image.layer().index()),
                            "hidden", String.valueOf(image.hiddenBy().index()))));
                }
            }
        }
    }

    private static void checkEnv(JsonNode root, ViolationSink sink) {
        JsonNode env = root.path("config").path("Env");
        for (int i = 0; i < env.size(); i++) {
            JsonNode item = env.get(i);
            if (item.isString() && item.asString().startsWith("DOCKER_AUTH_CONFIG=")
                    && mayHoldSecret(item.asString().substring("DOCKER_AUTH_CONFIG=".length()))) {
                sink.report(Violation.onValue("/config/Env/" + i, "env", Map.of("variable", "DOCKER_AUTH_CONFIG")));
            }
        }
    }

    private static boolean mayHoldSecret(String value) {
        if (value.isBlank()) {
            return false;
        }
        try {
            return new DockerConfigView(GoJsonReader.read(value.getBytes(StandardCharsets.UTF_8)).root(), false)
                    .holdsInlineSecret();
        } catch (JsonSyntaxException e) {
            return true; // unreadable: it may still hold a secret, and the image should not carry it
        }
    }

    private static void checkHistory(JsonNode root, ViolationSink sink) {
        JsonNode history = root.path("history");
        int layer = 0;
        for (int i = 0; i < history.size(); i++) {
            JsonNode entry = history.get(i);
            boolean empty = entry.path("empty_layer").asBoolean(false);
            if (!empty) {
                layer++;
            }
            JsonNode createdBy = entry.path("created_by");
            if (!createdBy.isString()) {
                continue;
            }
            Optional<String> leak = BuildCommand.leak(createdBy.asString());
            if (leak.isPresent()) {
                sink.report(Violation.onValue("/history/" + i + "/created_by", leak.get(), Map.of(
                        "entry", String.valueOf(i), "layer", empty ? "no layer" : "layer " + layer,
                        "command", BuildCommand.shortened(createdBy.asString()))));
            }
        }
    }
}
