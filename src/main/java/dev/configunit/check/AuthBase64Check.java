package dev.configunit.check;

import java.util.Locale;
import java.util.Map;

/**
 * {@code auth-base64}: an {@code auth} value that Go's {@code base64.StdEncoding} refuses (§1.3, §6).
 *
 * <p>The Docker CLI then fails to parse the whole file (a warning on every command; which other registries keep
 * their credentials depends on Go's map order, §11), go-containerregistry and GitLab Runner drop the file, and
 * podman fails the lookup for that registry.
 */
final class AuthBase64Check implements Check {

    @Override
    public void check(CheckContext context, ViolationSink sink) {
        for (AuthEntries entry : AuthEntries.of(context.config())) {
            GoBase64.DecodeException fault = entry.value().fault();
            if (fault == null) {
                continue;
            }
            // A ':' is never Base64: the value was written as user:password without encoding it.
            String variant = entry.auth().value().asString().indexOf(':') >= 0
                    ? "not-encoded"
                    : fault.fault().name().toLowerCase(Locale.ROOT).replace('_', '-');
            sink.report(Violation.onValue(entry.auth().pointer(), variant,
                            Map.of("key", entry.displayKey(), "offset", Integer.toString(fault.offset())))
                    .breaking("docker", "podman", "gitlab-runner"));
        }
    }
}
