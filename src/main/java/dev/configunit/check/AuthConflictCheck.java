package dev.configunit.check;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * {@code auth-conflict}: an entry with {@code auth} and also {@code username}/{@code password} that decode to
 * something else. Docker uses {@code auth} (§1.2); the other pair is dead and misleading.
 */
final class AuthConflictCheck implements Check {

    @Override
    public void check(CheckContext context, ViolationSink sink) {
        DockerConfigView config = context.config();
        for (AuthEntries entry : AuthEntries.of(config)) {
            AuthValue value = entry.value();
            if (value.fault() != null || !value.hasColon()) {
                continue;
            }
            DockerConfigView.Member username = config.nonEmptyString(entry.entry(), "username");
            DockerConfigView.Member password = config.nonEmptyString(entry.entry(), "password");
            boolean userDiffers = username != null && !Arrays.equals(bytes(username), value.user());
            boolean passwordDiffers = password != null && !Arrays.equals(bytes(password), value.password());
            if (userDiffers || passwordDiffers) {
                DockerConfigView.Member at = userDiffers ? username : password;
                sink.report(Violation.onValue(at.pointer(), "", Map.of(
                        "key", entry.displayKey(), "field", userDiffers ? "username" : "password")));
            }
        }
    }

    private static byte[] bytes(DockerConfigView.Member member) {
        return member.value().asString().getBytes(StandardCharsets.UTF_8);
    }
}
