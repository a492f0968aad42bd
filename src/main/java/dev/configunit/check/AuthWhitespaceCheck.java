package dev.configunit.check;

import java.util.Map;

/**
 * {@code auth-whitespace}: a user name or password that begins or ends with whitespace or a control character,
 * above all the trailing newline of {@code echo user:pass | base64} (§1.3, §9, §11).
 *
 * <p>No client trims it: every one sends it, and the registry answers 401. Plaintext {@code username} and
 * {@code password} fields are checked too, where no {@code auth} replaces them; podman ignores those (§2.2).
 */
final class AuthWhitespaceCheck implements Check {

    /** Every client decodes and sends {@code auth}. */
    private static final String[] AUTH_READERS = {"docker", "podman", "gitlab-runner"};
    /** podman ignores plaintext {@code username}/{@code password} (§2.2, §9). */
    private static final String[] PLAINTEXT_READERS = {"docker", "gitlab-runner"};

    @Override
    public void check(CheckContext context, ViolationSink sink) {
        DockerConfigView config = context.config();
        for (AuthEntries entry : AuthEntries.of(config)) {
            AuthValue value = entry.value();
            if (value.fault() != null || !value.hasColon()) {
                continue;
            }
            inspect(value.user(), "decoded user name", entry.auth().pointer(), entry.displayKey(), AUTH_READERS, sink);
            inspect(value.password(), "decoded password", entry.auth().pointer(), entry.displayKey(), AUTH_READERS,
                    sink);
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
                    inspect(bytes, field.equals("username") ? "user name" : "password", member.pointer(), key,
                            PLAINTEXT_READERS, sink);
                }
            }
        }
    }

    private static void inspect(byte[] bytes, String part, String pointer, String key, String[] clients,
            ViolationSink sink) {
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
                .breaking(clients));
    }

    /** ASCII whitespace and control characters (space, tab, CR, LF, NUL, DEL ...). */
    private static boolean isBlank(byte b) {
        int c = b & 0xff;
        return c <= 0x20 || c == 0x7f;
    }
}
