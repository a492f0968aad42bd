package dev.configunit.check;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code store-shadows-auth}: the entry's registry is served by a credential helper ({@code credHelpers} for its
 * host, or {@code credsStore}) and the entry still has an inline {@code auth} (§1.5).
 *
 * <p>The Docker CLI looks the helper up under the normalised key, the host, so {@code credHelpers} keyed
 * {@code registry.example.com} also serves an {@code auths} entry keyed {@code https://registry.example.com}
 * (§1.4, §1.5). It then uses the helper's answer and discards the inline {@code auth} (when the helper is
 * missing it silently falls back to the inline value, §11). podman ignores {@code credsStore} and uses the inline
 * value; it does ask {@code credHelpers} first (§2.2, §2.3). Either way the inline secret is stale.
 */
final class StoreShadowsAuthCheck implements Check {

    @Override
    public void check(CheckContext context, ViolationSink sink) {
        DockerConfigView config = context.config();
        DockerConfigView.Member store = config.field("credsStore");
        String storeName = store != null && store.value().isString() ? store.value().asString() : "";
        Map<String, String> helpers = new HashMap<>();
        for (DockerConfigView.Member helper : config.credHelpers()) {
            if (helper.value().isString() && !helper.value().asString().isEmpty()) {
                helpers.put(helper.key(), helper.value().asString());
            }
        }
        for (AuthEntries entry : AuthEntries.of(config)) {
            String helper = helpers.get(lookupKey(entry.entry().key()));
            if (helper == null) {
                helper = helpers.get(entry.entry().key());
            }
            if (helper != null) {
                sink.report(Violation.onValue(entry.auth().pointer(), "helper", Map.of(
                        "key", entry.displayKey(), "helper", helper)).breaking("docker", "podman"));
            } else if (!storeName.isEmpty()) {
                sink.report(Violation.onValue(entry.auth().pointer(), "", Map.of(
                        "key", entry.displayKey(), "helper", storeName)).breaking("docker", "podman"));
            }
        }
    }

    /** The key docker/cli looks helpers up under: the Hub's canonical key, or the host. */
    private static String lookupKey(String raw) {
        RegistryKey key = RegistryKey.parse(raw);
        return key.isDockerHub() ? DockerConfigView.HUB_KEY : key.host();
    }
}
