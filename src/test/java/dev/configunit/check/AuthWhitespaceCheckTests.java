package dev.configunit.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.configunit.finding.Finding;
import dev.configunit.finding.Level;
import dev.configunit.lint.RuleOutcome;
import org.junit.jupiter.api.Test;

/**
 * {@code docker/auth-whitespace}: the user name and password must not begin or end with whitespace.
 *
 * <p>docker-auth-semantics.md §1.3 step 5 (only NULs are trimmed; a trailing {@code \n} from {@code echo} without
 * {@code -n} is kept and sent), §9 ("decoded password ends in \n/\r\n": accepted, login fails at the registry),
 * §11 (measured: refused by Docker CLI and skopeo).
 */
class AuthWhitespaceCheckTests {

    private static final String RULE = "docker/auth-whitespace";
    private static final String DOCKER = "docker (CLI, dockerd, crane, kaniko)";

    /** The auth value sits on line 4, column 15. */
    private static String configWithAuth(String auth) {
        return """
                {
                  "auths": {
                    "registry.example.com": {
                      "auth": "%s"
                    }
                  }
                }
                """.formatted(auth);
    }

    @Test
    void cleanUserAndPasswordPass() {
        RuleOutcome outcome = LintRun.dockerConfig().outcome(RULE, configWithAuth(LintRun.b64("user:pass")));

        assertThat(outcome.status()).isEqualTo(RuleOutcome.Status.PASSED);
    }

    @Test
    void echoWithoutDashNIsATrailingNewlineInThePassword() {
        // §1.3 step 5, §7: `echo user:pass | base64` gives dXNlcjpwYXNzCg== (ends in Cg==)
        Finding finding = LintRun.dockerConfig().single(RULE, configWithAuth("dXNlcjpwYXNzCg=="));

        assertThat(finding.ruleId()).isEqualTo(RULE);
        assertThat(finding.level()).isEqualTo(Level.ERROR);
        assertThat(finding.pointer()).isEqualTo("/auths/registry.example.com/auth");
        assertThat(finding.region().line()).isEqualTo(4);
        assertThat(finding.region().column()).isEqualTo(15);
        assertThat(finding.message()).isEqualTo("The decoded password of \"registry.example.com\" ends with a newline"
                + " (echo without -n); " + DOCKER + " send it and the registry answers 401 unauthorized. Re-encode"
                + " with: printf '%s' 'user:password' | base64 -w0");
        assertThat(finding.clients()).containsExactly("docker");
    }

    @Test
    void trailingNewlineBreaksEveryClient() {
        // §9, §11: no client trims it
        Finding finding = LintRun.dockerConfig().allClients().single(RULE, configWithAuth("dXNlcjpwYXNzCg=="));

        assertThat(finding.clients()).containsExactly("docker", "podman", "gitlab-runner");
    }

    @Test
    void trailingCrLfIsATrailingNewline() {
        Finding finding = LintRun.dockerConfig().single(RULE, configWithAuth(LintRun.b64("user:pass\r\n")));

        assertThat(finding.message()).startsWith("The decoded password of \"registry.example.com\" ends with a newline");
    }

    @Test
    void leadingSpaceInTheUserNameIsReported() {
        Finding finding = LintRun.dockerConfig().single(RULE, configWithAuth(LintRun.b64(" user:pass")));

        assertThat(finding.level()).isEqualTo(Level.ERROR);
        assertThat(finding.region().line()).isEqualTo(4);
        assertThat(finding.region().column()).isEqualTo(15);
        assertThat(finding.message()).isEqualTo("The decoded user name of \"registry.example.com\" begins with"
                + " whitespace or a control character; " + DOCKER + " send it as is and the registry answers 401."
                + " Re-encode without it");
    }

    @Test
    void trailingTabInThePasswordIsReported() {
        Finding finding = LintRun.dockerConfig().single(RULE, configWithAuth(LintRun.b64("user:pass\t")));

        assertThat(finding.message()).startsWith("The decoded password of \"registry.example.com\" ends with"
                + " whitespace or a control character;");
    }

    @Test
    void userNameWithBlanksOnBothEdgesIsReportedOnce() {
        Finding finding = LintRun.dockerConfig().single(RULE, configWithAuth(LintRun.b64(" user :pass")));

        assertThat(finding.message()).contains("The decoded user name of \"registry.example.com\" begins and ends"
                + " with whitespace");
    }

    @Test
    void userNameAndPasswordAreReportedSeparately() {
        assertThat(LintRun.dockerConfig().findings(RULE, configWithAuth(LintRun.b64("user :pass\n"))))
                .extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).startsWith("The decoded user name of \"registry.example.com\" ends"))
                .anySatisfy(m -> assertThat(m).startsWith("The decoded password of \"registry.example.com\" ends with"
                        + " a newline"))
                .hasSize(2);
    }

    @Test
    void blanksInsideUserOrPasswordAreFine() {
        assertThat(LintRun.dockerConfig().findings(RULE, configWithAuth(LintRun.b64("us er:pa ss")))).isEmpty();
    }

    @Test
    void zeroBytesOfGosOversizedDecodeBufferAreTrimmedLikeDocker() {
        // §1.3 step 5: the DecodedLen buffer counts the skipped \r\n escapes, so it ends in NULs, which docker's
        // Trim("\x00") removes; they are not a "control character" in the password
        String auth = "dXNl\\r\\ncjpw\\r\\nYXNz"; // 16 characters -> a 12-byte buffer for 9 bytes of user:pass

        assertThat(LintRun.dockerConfig().findings(RULE, configWithAuth(auth))).isEmpty();
    }

    @Test
    void plaintextPasswordWithTrailingNewlineIsReportedOnThatField() {
        // §1.2: username/password are honoured by docker when auth is empty
        String config = """
                {
                  "auths": {
                    "registry.example.com": {
                      "username": "user",
                      "password": "pass\\n"
                    }
                  }
                }
                """;

        Finding finding = LintRun.dockerConfig().single(RULE, config);

        assertThat(finding.pointer()).isEqualTo("/auths/registry.example.com/password");
        assertThat(finding.region().line()).isEqualTo(5);
        assertThat(finding.region().column()).isEqualTo(19);
        assertThat(finding.message()).isEqualTo("The password of \"registry.example.com\" ends with a newline"
                + " (echo without -n); " + DOCKER + " send it and the registry answers 401 unauthorized. Re-encode"
                + " with: printf '%s' 'user:password' | base64 -w0");
    }

    @Test
    void plaintextUserNameWithTrailingNewlineIsReported() {
        String config = "{\"auths\": {\"registry.example.com\": {\"username\": \"user\\n\", \"password\": \"pass\"}}}";

        Finding finding = LintRun.dockerConfig().single(RULE, config);

        assertThat(finding.pointer()).isEqualTo("/auths/registry.example.com/username");
        assertThat(finding.message()).startsWith("The user name of \"registry.example.com\" ends with a newline");
    }

    @Test
    void plaintextFieldsDoNotBreakPodmanWhichIgnoresThem() {
        // §2.2: containers/image reads only auth and identitytoken; plaintext username/password are ignored
        String config = "{\"auths\": {\"registry.example.com\": {\"username\": \"user\", \"password\": \"pass\\n\"}}}";

        assertThat(LintRun.dockerConfig().allClients().single(RULE, config).clients())
                .containsExactly("docker", "gitlab-runner");
        assertThat(LintRun.containersAuth().findings(RULE, config)).isEmpty();
    }

    @Test
    void plaintextFieldsAreIgnoredWhenAuthIsPresent() {
        // §1.2: username/password are honoured only when auth is empty
        String config = "{\"auths\": {\"registry.example.com\": {\"auth\": \"" + LintRun.b64("user:pass")
                + "\", \"password\": \"pass\\n\"}}}";

        assertThat(LintRun.dockerConfig().findings(RULE, config)).isEmpty();
    }

    @Test
    void authWithoutColonOrInvalidBase64IsLeftToTheOtherRules() {
        assertThat(LintRun.dockerConfig().findings(RULE, configWithAuth(LintRun.b64("userpass\n")))).isEmpty();
        assertThat(LintRun.dockerConfig().findings(RULE, configWithAuth("dXNlcjpwYXNzCg"))).isEmpty();
    }
}
