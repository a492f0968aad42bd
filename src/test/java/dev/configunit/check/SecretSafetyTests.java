package dev.configunit.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.configunit.finding.Finding;
import dev.configunit.lint.SourceReport;
import dev.configunit.source.FileFacts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * No finding message ever contains a secret: not the user name or password, not their Base64 form, not the decoded
 * {@code user:password} (rules.md: "Every message names the key or JSON path and the fault, and how to fix it —
 * never the secret").
 *
 * <p>Every secret below is a canary built around {@code 7f3a}, written in every shape the rules look at: valid and
 * broken {@code auth} values, plaintext fields, tokens, user information inside registry keys, wrong types and
 * unparsable JSON.
 */
class SecretSafetyTests {

    private static final String USER = "canary-7f3a";
    private static final String PASSWORD = "canary-7f3a-pw";
    private static final String TOKEN = "canary-7f3a-token";

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String b64Url(String s) {
        return Base64.getUrlEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Every entry trips at least one rule, and every secret in it is a canary. */
    private static final String URL_SAFE_SECRET = USER + ":" + PASSWORD + ">>??";
    private static final String UNPADDED_SECRET = USER + ":" + PASSWORD + "x";
    private static final String[][] ENTRIES = {
        // key, entry JSON
        {"ok.example.com", "{\"auth\": \"" + b64(USER + ":" + PASSWORD) + "\"}"},
        {"echo.example.com", "{\"auth\": \"" + b64(USER + ":" + PASSWORD + "\n") + "\"}"},
        {"blank.example.com", "{\"auth\": \"" + b64(" " + USER + " :" + PASSWORD + "\t") + "\"}"},
        {"nocolon.example.com", "{\"auth\": \"" + b64(USER + PASSWORD) + "\"}"},
        {"emptyuser.example.com", "{\"auth\": \"" + b64(":" + PASSWORD) + "\"}"},
        {"urlsafe.example.com", "{\"auth\": \"" + b64Url(URL_SAFE_SECRET) + "\"}"},
        {"unpadded.example.com", "{\"auth\": \"" + b64(UNPADDED_SECRET).replace("=", "") + "\"}"},
        {"space.example.com", "{\"auth\": \"" + b64(USER + ":" + PASSWORD).substring(0, 8) + " "
                + b64(USER + ":" + PASSWORD).substring(8) + "\"}"},
        {"wrapped.example.com", "{\"auth\": \"" + b64(USER + ":" + PASSWORD).substring(0, 8) + "\\n"
                + b64(USER + ":" + PASSWORD).substring(8) + "\"}"},
        {"plain.example.com", "{\"username\": \"" + USER + "\\n\", \"password\": \" " + PASSWORD + "\\r\\n\"}"},
        {"tokens.example.com", "{\"identitytoken\": \"" + TOKEN + "\", \"registrytoken\": \"" + TOKEN + "\"}"},
        {"docker.io", "{\"auth\": \"" + b64(USER + ":" + PASSWORD) + "\", \"password\": \"" + PASSWORD + "\"}"},
        {"https://" + USER + ":" + PASSWORD + "@index.docker.io/v1", "{\"auth\": \"" + b64(USER + ":" + PASSWORD)
                + "\"}"},
        {"https://" + USER + ":" + PASSWORD + "@Registry.Example.com:443/v2/", "{\"password\": \"" + PASSWORD
                + "\"}"},
        {USER + ":" + PASSWORD + "@registry.example.com/", "{\"auth\": \"" + b64(USER + ":" + PASSWORD) + "\"}"},
    };

    private static String canaryConfig() {
        String auths = java.util.Arrays.stream(ENTRIES)
                .map(e -> "    \"" + e[0] + "\": " + e[1])
                .collect(Collectors.joining(",\n"));
        return "{\n  \"auths\": {\n" + auths + "\n  },\n"
                + "  \"credHelpers\": {\"https://" + USER + ":" + PASSWORD + "@docker.io\": \"desktop\"},\n"
                + "  \"credsStore\": \"desktop\"\n}\n";
    }

    /** Everything that must never appear in a message. */
    private static List<String> forbidden() {
        List<String> all = new ArrayList<>(List.of(
                "7f3a",
                USER, PASSWORD, TOKEN,
                USER + ":" + PASSWORD,
                b64(USER), b64(PASSWORD), b64(TOKEN),
                b64(USER + ":" + PASSWORD), b64(USER + ":" + PASSWORD + "\n"),
                b64Url(URL_SAFE_SECRET), b64(UNPADDED_SECRET).replace("=", "")));
        // Base64 of the canaries at every alignment, as they appear inside longer encodings
        for (String prefix : new String[] {"", ":", "x:", " ", "\n"}) {
            String encoded = b64(prefix + USER + ":" + PASSWORD);
            all.add(encoded.substring(4, 12));
        }
        return all;
    }

    private static void assertNoSecretIn(List<Finding> findings) {
        assertThat(findings).isNotEmpty();
        for (Finding finding : findings) {
            for (String secret : forbidden()) {
                assertThat(finding.message())
                        .as("%s message at %s", finding.ruleId(), finding.location())
                        .doesNotContain(secret);
            }
            assertThat(finding.fingerprint()).doesNotContain("7f3a");
        }
    }

    @Test
    void canaryFileTripsEveryCheckRule() {
        SourceReport report = LintRun.dockerConfig().allClients()
                .facts(new FileFacts(0644, "root", ".docker", 0777, "u"))
                .report(canaryConfig());

        Set<String> rules = report.findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
        assertThat(rules).contains("docker/hub-key", "docker/registry-key", "docker/auth-base64",
                "docker/auth-format", "docker/auth-whitespace", "docker/inline-credentials",
                "docker/file-permissions");
    }

    @Test
    void noFindingMessageContainsACanaryInAnyForm() {
        SourceReport report = LintRun.dockerConfig().allClients()
                .facts(new FileFacts(0644, "root", ".docker", 0777, "u"))
                .report(canaryConfig());

        assertNoSecretIn(report.findings());
    }

    @Test
    void noSecretInMessagesOfAPodmanAuthJsonOrAnEnvironmentFile() {
        assertNoSecretIn(LintRun.containersAuth().report(canaryConfig()).findings());
        assertNoSecretIn(LintRun.dockerConfig().origin(dev.configunit.source.Origin.ENVIRONMENT)
                .report(canaryConfig()).findings());
    }

    @Test
    void schemaViolationsDoNotRepeatTheSecretValues() {
        String config = """
                {
                  "auths": {
                    "registry.example.com": {"auth": ["%s"], "password": {"%s": "%s"}, "identitytoken": 7},
                    "other.example.com": "%s"
                  },
                  "credsStore": ["%s"]
                }
                """.formatted(b64(USER + ":" + PASSWORD), USER, PASSWORD, b64(USER + ":" + PASSWORD), TOKEN);

        List<Finding> findings = LintRun.dockerConfig().findings("docker/schema", config);

        assertThat(findings).hasSize(5);
        assertNoSecretIn(findings);
    }

    @Test
    void schemaViolationsMaskUserInformationInRegistryKeys() {
        String config = "{\"auths\": {\"https://" + USER + ":" + PASSWORD + "@registry.example.com\": {\"auth\": 1}}}";

        List<Finding> findings = LintRun.dockerConfig().findings("docker/schema", config);

        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).startsWith("/auths/https:~1~1***@registry.example.com/auth must be");
        assertNoSecretIn(findings);
    }

    @Test
    void unparsableFilesDoNotEchoTheSecret() {
        // a secret pasted without quotes, in single quotes, after a raw newline, with a bad escape
        String[] broken = {
            "{\"auths\": {\"r\": {\"auth\": " + b64(USER + ":" + PASSWORD) + "}}}",
            "{\"auths\": {\"r\": {\"auth\": '" + b64(USER + ":" + PASSWORD) + "'}}}",
            "{\"auths\": {\"r\": {\"password\": \"" + PASSWORD + "\n\"}}}",
            "{\"auths\": {\"r\": {\"password\": \"\\" + PASSWORD + "\"}}}",
            "{\"auths\": {\"r\": {\"password\": \"x\"} " + PASSWORD + "}}",
            "{\"auths\": {\"r\": {\"password\": \"x\"}}} " + TOKEN,
            "{\"auths\": {\"r\": {" + USER + ": \"x\"}}}",
        };
        for (String text : broken) {
            List<Finding> findings = LintRun.dockerConfig().findings("docker/json-syntax", text);

            assertThat(findings).as(text).hasSize(1);
            assertNoSecretIn(findings);
        }
    }
}
