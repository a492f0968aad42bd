package dev.configunit.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.configunit.finding.Finding;
import dev.configunit.finding.Level;
import dev.configunit.lint.RuleOutcome;
import dev.configunit.source.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code docker/inline-credentials}: no secret should be written into a credential file.
 *
 * <p>docker-auth-semantics.md §1.2 ({@code auth} is only Base64 of user:password; {@code password},
 * {@code identitytoken}, {@code registrytoken} are secrets too), §1.5 (helper-managed entries are {@code {}}),
 * rules.md (warning; error in a repository or an image).
 */
class InlineCredentialsCheckTests {

    private static final String RULE = "docker/inline-credentials";

    /** The field's value sits on line 4: column 15 for {@code auth}, 7 + the length of {@code "field": } in general. */
    private static String configWith(String field, String value) {
        return """
                {
                  "auths": {
                    "registry.example.com": {
                      "%s": "%s"
                    }
                  }
                }
                """.formatted(field, value);
    }

    private static String message(String field, String where) {
        return "\"registry.example.com\" holds an inline secret (\"" + field + "\") in " + where + "; move it to a"
                + " credential helper or a masked CI variable, and rotate it if it was committed";
    }

    @Test
    void inlineAuthInARepositoryIsAnError() {
        Finding finding = LintRun.dockerConfig().single(RULE, configWith("auth", LintRun.b64("user:pass")));

        assertThat(finding.ruleId()).isEqualTo(RULE);
        assertThat(finding.level()).isEqualTo(Level.ERROR);
        assertThat(finding.pointer()).isEqualTo("/auths/registry.example.com/auth");
        assertThat(finding.region().line()).isEqualTo(4);
        assertThat(finding.region().column()).isEqualTo(15);
        assertThat(finding.message()).isEqualTo(message("auth", "a file in the repository"));
        assertThat(finding.clients()).containsExactly("docker");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "identitytoken", "registrytoken"})
    void everyKindOfInlineSecretInARepositoryIsAnError(String field) {
        // §1.2: password (plaintext), identitytoken (OAuth refresh token), registrytoken (bearer token)
        Finding finding = LintRun.dockerConfig().single(RULE, configWith(field, "s3cr3t-value"));

        assertThat(finding.level()).isEqualTo(Level.ERROR);
        assertThat(finding.pointer()).isEqualTo("/auths/registry.example.com/" + field);
        assertThat(finding.region().line()).isEqualTo(4);
        assertThat(finding.region().column()).isEqualTo(7 + ("\"" + field + "\": ").length());
        assertThat(finding.message()).isEqualTo(message(field, "a file in the repository"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"auth", "password", "identitytoken", "registrytoken"})
    void inlineSecretInTheUsersOwnEnvironmentStaysAWarning(String field) {
        Finding finding = LintRun.dockerConfig().origin(Origin.ENVIRONMENT)
                .single(RULE, configWith(field, LintRun.b64("user:pass")));

        assertThat(finding.level()).isEqualTo(Level.WARNING);
        assertThat(finding.message()).isEqualTo(message(field, "the file"));
    }

    @Test
    void inlineSecretInAnImageIsAnError() {
        Finding finding = LintRun.dockerConfig().origin(Origin.IMAGE)
                .single(RULE, configWith("auth", LintRun.b64("user:pass")));

        assertThat(finding.level()).isEqualTo(Level.ERROR);
        assertThat(finding.message()).isEqualTo(message("auth", "a file in the image"));
    }

    @Test
    void reportsEachSecretFieldOfAnEntry() {
        String config = """
                {"auths": {"registry.example.com": {
                  "auth": "dXNlcjpwYXNz",
                  "identitytoken": "token"
                }}}
                """;

        assertThat(LintRun.dockerConfig().findings(RULE, config))
                .extracting(f -> f.region().line() + ":" + f.region().column() + " " + f.pointer())
                .containsExactly("2:11 /auths/registry.example.com/auth",
                        "3:20 /auths/registry.example.com/identitytoken");
    }

    @Test
    void emptyHelperPlaceholderEntriesHoldNoSecret() {
        // §1.5: nativeStore.Store writes "host": {} -- empty entries are normal with a helper
        String config = """
                {
                  "auths": {
                    "https://index.docker.io/v1/": {},
                    "registry.example.com": {}
                  },
                  "credsStore": "desktop"
                }
                """;

        RuleOutcome outcome = LintRun.dockerConfig().outcome(RULE, config);

        assertThat(outcome.status()).isEqualTo(RuleOutcome.Status.PASSED);
    }

    @Test
    void credsStoreOnlyFileHoldsNoSecret() {
        assertThat(LintRun.dockerConfig().outcome(RULE, "{\"credsStore\": \"osxkeychain\"}").status())
                .isEqualTo(RuleOutcome.Status.PASSED);
    }

    @Test
    void credHelpersHoldNoSecret() {
        String config = "{\"credHelpers\": {\"gcr.io\": \"gcloud\"}, \"auths\": {\"gcr.io\": {}}}";

        assertThat(LintRun.dockerConfig().findings(RULE, config)).isEmpty();
    }

    @Test
    void emptyStringsAndUserNamesAreNotSecrets() {
        String config = """
                {"auths": {"registry.example.com": {
                  "auth": "", "password": "", "identitytoken": "", "registrytoken": "",
                  "username": "user", "email": "user@example.com", "serveraddress": "registry.example.com"
                }}}
                """;

        assertThat(LintRun.dockerConfig().findings(RULE, config)).isEmpty();
    }

    @Test
    void nullSecretsAreNotSecrets() {
        assertThat(LintRun.dockerConfig().findings(RULE, "{\"auths\": {\"r\": {\"auth\": null}}}")).isEmpty();
    }

    @Test
    void fieldNamesAreMatchedCaseInsensitivelyLikeGo() {
        // §1.2: "Password" fills the password field
        Finding finding = LintRun.dockerConfig().single(RULE, "{\"auths\": {\"r.example.com\": {\"Password\": \"x\"}}}");

        assertThat(finding.pointer()).isEqualTo("/auths/r.example.com/Password");
        assertThat(finding.message()).contains("(\"password\")");
    }

    @Test
    void reportsWhateverClientsAreSelectedBecauseItIsASecurityRule() {
        // rules.md: security rules always apply; an auth.json read by podman leaks the same way
        Finding finding = LintRun.containersAuth().single(RULE, configWith("auth", LintRun.b64("user:pass")));

        assertThat(finding.level()).isEqualTo(Level.ERROR);
        assertThat(finding.clients()).containsExactly("podman");
    }

    @Test
    void masksUserInformationInTheKey() {
        String config = "{\"auths\": {\"https://bob:hunter2@registry.example.com\": {\"auth\": \"dXNlcjpwYXNz\"}}}";

        assertThat(LintRun.dockerConfig().single(RULE, config).message())
                .startsWith("\"https://***@registry.example.com\" holds an inline secret")
                .doesNotContain("hunter2");
    }
}
