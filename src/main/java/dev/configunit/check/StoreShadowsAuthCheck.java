package dev.configunit.check;

import java.util.Map;

/**
 * {@code store-shadows-auth}: {@code credsStore} is set, or {@code credHelpers} names the registry, and the entry
 * still has an inline {@code auth} (§1.5).
 *
 * <p>The Docker CLI asks the helper and discards the inline {@code auth} when the helper answers (§1.5; when the
 * helper is missing it silently falls back to the inline value, §11); podman ignores {@code credsStore} and uses
 * the inline value (§2.2). A stale secret, and a different credential per client.
 */
final class StoreShadowsAuthCheck implements Check {

    @Override
    public void check(CheckContext context, ViolationSink sink) {
        DockerConfigView config = context.config();
        DockerConfigView.Member store = config.field("credsStore");
        String storeName = store != null && store.value().isString() ? store.value().asString() : "";
        Map<String, String> helpers = new java.util.HashMap<>();
        for (DockerConfigView.Member helper : config.credHelpers()) {
            if (helper.value().isString()) {
                helpers.put(helper.key(), helper.value().asString());
            }
        }
        for (AuthEntries entry : AuthEntries.of(config)) {
            String helper = helpers.getOrDefault(entry.entry().key(), storeName);
            if (helper.isEmpty()) {
                continue;
            }
            String via = helpers.containsKey(entry.entry().key()) ? "credHelpers" : "credsStore";
            sink.report(Violation.onValue(entry.auth().pointer(), "", Map.of(
                    "key", entry.displayKey(), "helper", helper, "via", via)));
        }
    }
}
