package dev.configunit.check;

import java.util.Map;

/**
 * {@code auth-whitespace}: a user name or password that begins or ends with whitespace or a control character,
 * above all the trailing newline of {@code echo user:pass | base64} (§1.3, §9, §11).
 *
 * <p>No client trims it: every one sends it, and the registry answers 401. Plaintext {@code username} and
 * {@code password} fields are checked too, where no {@code auth} replaces them.
 */
final class AuthWhitespaceCheck implements Check {

    @Override
    public void check(CheckContext context, ViolationSink sink) {
        DockerConfigView config = context.config();
        for (AuthEntries entry : AuthEntries.of(config)) {
            AuthValue value = entry.value();
            if (value.fault() != null || !value.hasColon()) {
                continue;
            }
            inspect(value.user(), "user name", entry.auth().pointer(), entry.displayKey(), sink);
            inspect(value.password(), "password", entry.auth().pointer(), entry.displayKey(), sink);
        }
        for (DockerConfigView.Member entry : config.auths()) {
            if (config.nonEmptyString(entry, "auth") != null) {
                continue;
            }
            String key = RegistryKey.parse(entry.key()).display();
            for (String field : new String[] {"username", "password"}) {
                DockerConfigView.Member member = config.nonEmptyString(entry, field);
                if (member != null) {
                    byte[] bytes = member.value().asString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    inspect(bytes, field.equals("username") ? "user name" : "password", member.pointer(), key, sink);
                }
            }
        }
    }

    private static void inspect(byte[] bytes, String part, String pointer, String key, ViolationSink sink) {
        if (bytes.length == 0) {
            return;
        }
        boolean newline = bytes[bytes.length - 1] == '\n';
        boolean endsBlank = isBlank(bytes[bytes.length - 1]);
        boolean beginsBlank = isBlank(bytes[0]);
        if (!endsBlank && !beginsBlank) {
            return;
        }
        String variant = newline ? "trailing-newline" : "whitespace";
        String edge = beginsBlank && endsBlank ? "begins and ends" : beginsBlank ? "begins" : "ends";
        sink.report(Violation.onValue(pointer, variant, Map.of("key", key, "part", part, "edge", edge))
                .breaking("docker", "podman", "gitlab-runner"));
    }

    /** ASCII whitespace and control characters (space, tab, CR, LF, NUL, DEL ...). */
    private static boolean isBlank(byte b) {
        int c = b & 0xff;
        return c <= 0x20 || c == 0x7f;
    }
}
