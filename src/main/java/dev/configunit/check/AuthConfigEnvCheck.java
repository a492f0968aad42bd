package dev.configunit.check;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code auth-config-env}: a {@code DOCKER_AUTH_CONFIG} value the Docker CLI (28.3+) rejects (§1.6).
 *
 * <p>The CLI decodes the variable with {@code DisallowUnknownFields}: only {@code {"auths": {KEY: {"auth": …}}}}
 * is accepted, and it then ignores the whole variable with {@code Failed to create credential store from
 * DOCKER_AUTH_CONFIG}. GitLab Runner accepts the whole {@code config.json} shape (§4.2), so these findings break
 * the Docker CLI only; the other rules check the content for every client.
 */
final class AuthConfigEnvCheck implements Check {

    @Override
    public void check(CheckContext context, ViolationSink sink) {
        JsonNode root = context.document().root();
        if (!root.isObject()) {
            return;
        }
        for (String key : root.propertyNames()) {
            if (!key.equals("auths")) {
                sink.report(Violation.onKey(dev.configunit.parse.JsonPointers.child("", key), "field",
                        Map.of("key", RegistryKey.parse(key).display())).breaking("docker"));
            }
        }
        for (DockerConfigView.Member entry : context.config().auths()) {
            String key = RegistryKey.parse(entry.key()).display();
            if (!entry.value().isObject()) {
                continue;
            }
            boolean hasAuth = false;
            for (String field : entry.value().propertyNames()) {
                if (field.equals("auth")) {
                    hasAuth = true;
                } else {
                    sink.report(Violation.onKey(dev.configunit.parse.JsonPointers.child(entry.pointer(), field),
                            "entry-field", Map.of("key", key, "field", RegistryKey.parse(field).display()))
                            .breaking("docker"));
                }
            }
            if (!hasAuth) {
                sink.report(Violation.onKey(entry.pointer(), "missing-auth", Map.of("key", key)).breaking("docker"));
            }
        }
    }
}
