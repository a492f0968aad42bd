package dev.configunit.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.configunit.finding.Finding;
import dev.configunit.finding.Level;
import dev.configunit.lint.RuleOutcome;
import org.junit.jupiter.api.Test;

/**
 * {@code docker/auth-format}: the decoded {@code auth} must be {@code user:password} with a non-empty user.
 *
 * <p>docker-auth-semantics.md §1.3 step 4 ({@code strings.Cut} at the first colon; no colon or an empty user name is
 * {@code invalid auth configuration file}, the latter since v23), §2.3 (podman skips an entry without a colon and
 * accepts an empty user name), §4.2/§9 (GitLab Runner drops the source), §11.
 */
class AuthFormatCheckTests {

    private static final String RULE = "docker/auth-format";
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
    void userColonPasswordPasses() {
        RuleOutcome outcome = LintRun.dockerConfig().allClients()
                .outcome(RULE, configWithAuth(LintRun.b64("user:pass")));

        assertThat(outcome.status()).isEqualTo(RuleOutcome.Status.PASSED);
    }

    @Test
    void passwordContainingColonsPasses() {
        // §1.3 step 4: split at the first colon; the password may contain colons
        assertThat(LintRun.dockerConfig().allClients()
                .findings(RULE, configWithAuth(LintRun.b64("user:pa:ss:word")))).isEmpty();
    }

    @Test
    void decodedValueWithoutColonIsReportedOnTheValue() {
        // §1.3 step 4: no colon -> "invalid auth configuration file"
        Finding finding = LintRun.dockerConfig().single(RULE, configWithAuth(LintRun.b64("userpass")));

        assertThat(finding.ruleId()).isEqualTo(RULE);
        assertThat(finding.level()).isEqualTo(Level.ERROR);
        assertThat(finding.pointer()).isEqualTo("/auths/registry.example.com/auth");
        assertThat(finding.region().line()).isEqualTo(4);
        assertThat(finding.region().column()).isEqualTo(15);
        assertThat(finding.message()).isEqualTo("Decoded \"auth\" of \"registry.example.com\" has no ':' between user"
                + " name and password; " + DOCKER + " cannot use it (the Docker CLI fails the whole file with"
                + " \"invalid auth configuration file\", podman skips the entry). Encode 'user:password'");
        assertThat(finding.clients()).containsExactly("docker");
    }

    @Test
    void missingColonBreaksEveryClient() {
        // §2.3: podman warns "missing semicolon" and skips the entry; §9: the Runner drops the source
        Finding finding = LintRun.dockerConfig().allClients().single(RULE, configWithAuth(LintRun.b64("userpass")));

        assertThat(finding.clients()).containsExactly("docker", "podman", "gitlab-runner");
    }

    @Test
    void emptyUserNameIsReported() {
        // §1.3 step 4: empty username -> invalid auth configuration file since v23.0.0 (c8bd8932a1)
        Finding finding = LintRun.dockerConfig().single(RULE, configWithAuth(LintRun.b64(":pass")));

        assertThat(finding.level()).isEqualTo(Level.ERROR);
        assertThat(finding.region().line()).isEqualTo(4);
        assertThat(finding.region().column()).isEqualTo(15);
        assertThat(finding.message()).isEqualTo("Decoded \"auth\" of \"registry.example.com\" has an empty user name"
                + " before the ':'; " + DOCKER + " reject it (\"invalid auth configuration file\", Docker v23+)."
                + " Encode 'user:password'");
    }

    @Test
    void emptyUserNameBreaksDockerAndGitLabRunnerButNotPodman() {
        // §2.3: "empty username is accepted" by containers/image
        Finding finding = LintRun.dockerConfig().allClients().single(RULE, configWithAuth(LintRun.b64(":pass")));

        assertThat(finding.clients()).containsExactly("docker", "gitlab-runner");
    }

    @Test
    void emptyUserNameInAnAuthJsonReadByPodmanIsNoFinding() {
        assertThat(LintRun.containersAuth().findings(RULE, configWithAuth(LintRun.b64(":pass")))).isEmpty();
    }

    @Test
    void missingColonInAnAuthJsonReadByPodmanIsReported() {
        Finding finding = LintRun.containersAuth().single(RULE, configWithAuth(LintRun.b64("userpass")));

        assertThat(finding.clients()).containsExactly("podman");
    }

    @Test
    void emptyPasswordIsWellFormed() {
        // "user:" splits into user and "" (Go's Trim of the NUL padding leaves an empty password)
        assertThat(LintRun.dockerConfig().findings(RULE, configWithAuth(LintRun.b64("user:")))).isEmpty();
    }

    @Test
    void invalidBase64IsLeftToAuthBase64() {
        String config = configWithAuth("dXNlcnBhc3M"); // "userpass" without padding: no colon either

        assertThat(LintRun.dockerConfig().findings(RULE, config)).isEmpty();
        assertThat(LintRun.dockerConfig().findings("docker/auth-base64", config)).hasSize(1);
    }

    @Test
    void colonAfterJsonEscapedNewlinesIsFound() {
        // §1.3: the \n escape is skipped before the colon is looked for
        String auth = LintRun.b64("user:pass").substring(0, 4) + "\\n" + LintRun.b64("user:pass").substring(4);

        assertThat(LintRun.dockerConfig().findings(RULE, configWithAuth(auth))).isEmpty();
    }

    @Test
    void entriesWithoutAuthAreNotChecked() {
        String config = "{\"auths\": {\"registry.example.com\": {}, \"b.example.com\": {\"username\": \"u\"}}}";

        assertThat(LintRun.dockerConfig().outcome(RULE, config).status()).isEqualTo(RuleOutcome.Status.PASSED);
    }
}
