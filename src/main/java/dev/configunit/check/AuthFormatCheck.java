package dev.configunit.check;

import java.util.Map;

/**
 * {@code auth-format}: a decoded {@code auth} without a {@code :}, or with an empty user name (§1.3, §2.3, §11).
 *
 * <p>The Docker CLI (v23+ for the empty user) and GitLab Runner refuse the whole file; podman skips an entry
 * without a colon and accepts an empty user name.
 */
final class AuthFormatCheck implements Check {

    @Override
    public void check(CheckContext context, ViolationSink sink) {
        for (AuthEntries entry : AuthEntries.of(context.config())) {
            AuthValue value = entry.value();
            if (value.fault() != null) {
                continue; // auth-base64's finding
            }
            Map<String, String> args = Map.of("key", entry.displayKey());
            if (!value.hasColon()) {
                sink.report(Violation.onValue(entry.auth().pointer(), "no-colon", args)
                        .breaking("docker", "podman", "gitlab-runner"));
            } else if (value.user().length == 0) {
                sink.report(Violation.onValue(entry.auth().pointer(), "empty-user", args)
                        .breaking("docker", "gitlab-runner"));
            }
        }
    }
}
