package dev.configunit.check;

import java.util.Map;

/**
 * {@code plaintext-password}: {@code username}/{@code password} fields without {@code auth}.
 *
 * <p>The Docker CLI honours them on read and rewrites them into {@code auth} on the next login (§1.2, §1.7);
 * podman ignores them entirely and sends no credentials (§2.2, §11).
 */
final class PlaintextPasswordCheck implements Check {

    @Override
    public void check(CheckContext context, ViolationSink sink) {
        DockerConfigView config = context.config();
        for (DockerConfigView.Member entry : config.auths()) {
            if (config.nonEmptyString(entry, "auth") != null) {
                continue;
            }
            DockerConfigView.Member password = config.nonEmptyString(entry, "password");
            DockerConfigView.Member username = config.nonEmptyString(entry, "username");
            DockerConfigView.Member at = password != null ? password : username;
            if (at != null) {
                sink.report(Violation.onKey(at.pointer(), "", Map.of("key", RegistryKey.parse(entry.key()).display())));
            }
        }
    }
}
