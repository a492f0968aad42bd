package dev.configunit.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.configunit.finding.Finding;
import dev.configunit.finding.Level;
import dev.configunit.lint.RuleOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code docker/auth-base64}: {@code auth} must be what Go's {@code base64.StdEncoding} decodes.
 *
 * <p>docker-auth-semantics.md §1.3 (standard alphabet, padding required, {@code \r}/{@code \n} skipped, anything else
 * is {@code illegal base64 data at input byte N}), §6 (Java's decoders differ), §11 (measured: missing padding is
 * refused with the byte offset).
 */
class AuthBase64CheckTests {

    private static final String RULE = "docker/auth-base64";
    private static final String DOCKER = "docker (CLI, dockerd, crane, kaniko)";
    private static final String REENCODE = "Re-encode with: printf '%s' 'user:password' | base64 -w0";

    /** The auth value (its opening quote) sits on line 4, column 15. {@code auth} is JSON string content. */
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
    void paddedStandardBase64Passes() {
        RuleOutcome outcome = LintRun.dockerConfig().outcome(RULE, configWithAuth("dXNlcjpwYXNz"));

        assertThat(outcome.status()).isEqualTo(RuleOutcome.Status.PASSED);
    }

    @Test
    void missingPaddingIsReportedAtGosInputByteOnTheValue() {
        // §1.3, §6: "dXNlcjpwYXM" (user:pas, unpadded) -> Go: illegal base64 data at input byte 8
        Finding finding = LintRun.dockerConfig().single(RULE, configWithAuth("dXNlcjpwYXM"));

        assertThat(finding.ruleId()).isEqualTo(RULE);
        assertThat(finding.level()).isEqualTo(Level.ERROR);
        assertThat(finding.pointer()).isEqualTo("/auths/registry.example.com/auth");
        assertThat(finding.region().line()).isEqualTo(4);
        assertThat(finding.region().column()).isEqualTo(15);
        assertThat(finding.region().end().column()).isEqualTo(15 + "\"dXNlcjpwYXM\"".length());
        assertThat(finding.message()).isEqualTo("\"auth\" of \"registry.example.com\" lacks its '=' padding (illegal"
                + " base64 data at input byte 8); " + DOCKER + " reject it. " + REENCODE);
        assertThat(finding.clients()).containsExactly("docker");
    }

    @Test
    void urlSafeAlphabetIsReportedWithTheOffsetOfTheFirstUrlSafeCharacter() {
        // §1.3: '-' or '_' -> illegal base64 data at input byte N (moby/moby#37671)
        // user:pa>>ss?? is dXNlcjpwYT4+c3M/Pw== in the standard alphabet, dXNlcjpwYT4-c3M_Pw== URL-safe
        Finding finding = LintRun.dockerConfig().single(RULE, configWithAuth("dXNlcjpwYT4-c3M_Pw=="));

        assertThat(finding.message()).isEqualTo("\"auth\" of \"registry.example.com\" uses the URL-safe Base64"
                + " alphabet ('-' or '_') at input byte 11; " + DOCKER + " reject it. " + REENCODE);
        assertThat(finding.region().line()).isEqualTo(4);
        assertThat(finding.region().column()).isEqualTo(15);
    }

    @Test
    void underscoreIsUrlSafeToo() {
        Finding finding = LintRun.dockerConfig().single(RULE, configWithAuth("dXNlcjpwYT4+c3M_Pw=="));

        assertThat(finding.message()).contains("URL-safe Base64 alphabet", "at input byte 15");
    }

    @Test
    void standardAlphabetWithPlusAndSlashPasses() {
        assertThat(LintRun.dockerConfig().findings(RULE, configWithAuth("dXNlcjpwYT4+c3M/Pw=="))).isEmpty();
    }

    @Test
    void spaceIsReportedAsABlank() {
        // §1.3: any other character (space, tab, ...) -> illegal base64 data
        Finding finding = LintRun.dockerConfig().single(RULE, configWithAuth("dXNl cjpwYXNz"));

        assertThat(finding.message()).isEqualTo("\"auth\" of \"registry.example.com\" contains a space or tab at input"
                + " byte 4; " + DOCKER + " reject it. " + REENCODE);
    }

    @Test
    void jsonEscapedTabIsABlankNotASkippedNewline() {
        Finding finding = LintRun.dockerConfig().single(RULE, configWithAuth("dXNlcjpw\\tYXNz"));

        assertThat(finding.message()).contains("a space or tab at input byte 8");
    }

    @Test
    void paddingInTheMiddleIsMisplaced() {
        Finding finding = LintRun.dockerConfig().single(RULE, configWithAuth("dX=lcjpwYXNz"));

        assertThat(finding.message()).isEqualTo("\"auth\" of \"registry.example.com\" has '=' padding in the wrong"
                + " place or data after it (input byte 2); " + DOCKER + " reject it. " + REENCODE);
    }

    @Test
    void dataAfterPaddingIsMisplacedPadding() {
        // two encodings concatenated: Go reports the byte after the padding
        Finding finding = LintRun.dockerConfig().single(RULE, configWithAuth("dXNlcg==OnBhc3M="));

        assertThat(finding.message()).contains("'=' padding in the wrong place or data after it (input byte 8)");
    }

    @Test
    void otherCharacterOutsideTheAlphabetIsReported() {
        Finding finding = LintRun.dockerConfig().single(RULE, configWithAuth("dXNlcjpwYXNz!!=="));

        assertThat(finding.message()).isEqualTo("\"auth\" of \"registry.example.com\" contains a character outside the"
                + " Base64 alphabet at input byte 12; " + DOCKER + " reject it. " + REENCODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dXNlcjpw\\nYXNz", "dXNl\\r\\ncjpw\\r\\nYXNz\\n", "\\ndXNlcjpwYXNz", "dXNlcjpwYXNzCg=\\n="})
    void jsonEscapedNewlinesInsideAuthAreSkippedLikeGo(String auth) {
        // §1.3: "\r and \n anywhere are skipped"; §11: a JSON \n escape inside auth works with docker and skopeo
        RuleOutcome outcome = LintRun.dockerConfig().allClients().outcome(RULE, configWithAuth(auth));

        assertThat(outcome.status()).isEqualTo(RuleOutcome.Status.PASSED);
    }

    @Test
    void jsonEscapedNewlineInsideAuthIsNoFindingOfAnyAuthRule() {
        // §9 "auth with \n escapes inside: OK" for every client; only the inline secret itself is reported
        String config = configWithAuth("dXNlcjpw\\nYXNz");

        assertThat(LintRun.dockerConfig().allClients().report(config).findings())
                .extracting(f -> f.ruleId())
                .containsExactly("docker/inline-credentials");
    }

    @Test
    void rawNewlineInsideAuthIsAJsonErrorAndThisRuleDoesNotRun() {
        // §1.3: a raw newline inside a JSON string fails parsing before Base64 is reached
        String config = "{\"auths\": {\"registry.example.com\": {\"auth\": \"dXNlcjpw\nYXNz\"}}}";

        RuleOutcome outcome = LintRun.dockerConfig().outcome(RULE, config);

        assertThat(outcome.status()).isEqualTo(RuleOutcome.Status.SKIPPED);
        assertThat(LintRun.dockerConfig().single("docker/json-syntax", config).region().line()).isEqualTo(1);
    }

    @Test
    void offsetCountsTheDecodedJsonStringLikeGo() {
        // Go sees the string after JSON unescaping: the \n escape is one byte, skipped, but counted
        Finding finding = LintRun.dockerConfig().single(RULE, configWithAuth("dXNl\\ncjpwYXM"));

        assertThat(finding.message()).contains("at input byte 9");
    }

    @Test
    void emptyAuthIsNotDecoded() {
        // §1.3 step 1: auth == "" -> no error (the {} placeholder of a credential helper, §1.5)
        assertThat(LintRun.dockerConfig().findings(RULE, configWithAuth(""))).isEmpty();
    }

    @Test
    void nonStringAuthIsLeftToTheSchemaRule() {
        String config = "{\"auths\": {\"registry.example.com\": {\"auth\": 42}}}";

        assertThat(LintRun.dockerConfig().findings(RULE, config)).isEmpty();
    }

    @Test
    void refusedByEveryClient() {
        // §9: "auth not standard Base64 / bad padding / URL-safe": docker and the Runner fail the file, podman the
        // lookup
        Finding finding = LintRun.dockerConfig().allClients().single(RULE, configWithAuth("dXNlcjpwYXM"));

        assertThat(finding.clients()).containsExactly("docker", "podman", "gitlab-runner");
    }

    @Test
    void podmanAuthJsonIsCheckedWithTheSameRules() {
        // §2.3 decodeDockerAuth: base64.StdEncoding.DecodeString, a hard error (§11: "input byte 20")
        Finding finding = LintRun.containersAuth().single(RULE, configWithAuth("dXNlcjpwYXNzd29yZDEyMzQ1Ng"));

        assertThat(finding.message()).contains("at input byte 24", "podman (podman, buildah, skopeo)");
        assertThat(finding.clients()).containsExactly("podman");
    }

    @Test
    void authFieldIsMatchedCaseInsensitivelyLikeGo() {
        // §1.2: Go matches "AUTH" to the auth field
        String config = "{\"auths\": {\"registry.example.com\": {\"AUTH\": \"dXNlcjpwYXM\"}}}";

        Finding finding = LintRun.dockerConfig().single(RULE, config);

        assertThat(finding.pointer()).isEqualTo("/auths/registry.example.com/AUTH");
    }

    @Test
    void reportsEveryBadEntry() {
        // §1.3 step 6: one bad entry fails the whole file, so every one is worth reporting
        String config = """
                {"auths": {
                  "a.example.com": {"auth": "dXNlcjpwYXM"},
                  "b.example.com": {"auth": "dXNlcjpwYXNz"},
                  "c.example.com": {"auth": "dXNl_2pwYXNz"}
                }}
                """;

        assertThat(LintRun.dockerConfig().findings(RULE, config))
                .extracting(f -> f.region().line() + ":" + f.region().column() + " " + f.pointer())
                .containsExactly("2:29 /auths/a.example.com/auth", "4:29 /auths/c.example.com/auth");
    }

    @Test
    void plainUserColonPasswordIsReportedAsNotEncodedAtAll() {
        // jib's fixture writes "my-registry: ..." style values; Go stops at the first byte outside the alphabet.
        Finding finding = LintRun.dockerConfig().single(RULE, configWithAuth("ciuser:secret"));

        assertThat(finding.message()).startsWith("\"auth\" of \"registry.example.com\" is not Base64 at all: it holds a"
                + " ':' (input byte 6)");
    }
}
