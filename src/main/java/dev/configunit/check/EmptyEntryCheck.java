package dev.configunit.check;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code empty-entry}: an {@code auths} entry with no credential while no {@code credsStore} or
 * {@code credHelpers} entry would fill it; nothing is sent for that registry (§1.5, §11).
 */
final class EmptyEntryCheck implements Check {

    private static final String[] CREDENTIALS = {"auth", "username", "password", "identitytoken", "registrytoken"};

    @Override
    public void check(CheckContext context, ViolationSink sink) {
        DockerConfigView config = context.config();
        DockerConfigView.Member store = config.field("credsStore");
        // docker fills empty entries from credsStore; podman ignores credsStore (§2.2) and sends nothing.
        boolean storeSet = store != null && store.value().isString() && !store.value().asString().isEmpty();
        Set<String> helped = new HashSet<>();
        config.credHelpers().forEach(helper -> helped.add(helper.key()));
        for (DockerConfigView.Member entry : config.auths()) {
            if (helped.contains(entry.key()) || !(entry.value().isObject() || entry.value().isNull())) {
                continue;
            }
            boolean empty = true;
            for (String field : CREDENTIALS) {
                if (config.nonEmptyString(entry, field) != null) {
                    empty = false;
                }
            }
            if (empty) {
                Violation violation = Violation.onKey(entry.pointer(), "", Map.of("key",
                        RegistryKey.parse(entry.key()).display()));
                sink.report(storeSet ? violation.breaking("podman") : violation);
            }
        }
    }
}
