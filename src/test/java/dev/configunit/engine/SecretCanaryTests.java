package dev.configunit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.configunit.rule.Rule;
import dev.configunit.rule.RuleFileLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.MultipleFailuresError;

/**
 * Never reveal a secret (product.md, non-negotiables): credential files whose secrets are canaries, in every
 * shape the rules look at, and nothing the engine says may contain one.
 */
class SecretCanaryTests {

    private static final String USER = "canary-user-5d1e";
    private static final String PASSWORD = "canary-pass-9b2c";
    private static final String IDENTITY_TOKEN = "canary-idtoken-7f3a";
    private static final String REGISTRY_TOKEN = "canary-regtoken-2c8e";
    private static final String OLD_PASSWORD = "canary-oldpass-4e1f";

    /** Every client: no rule is skipped for protecting only unselected ones. */
    private static final String ALL_CLIENTS = "docker,podman,gitlab-runner";

    /** What must never be printed: each secret raw and in Base64, and the decoded user:password pair. */
    private static final List<String> FORBIDDEN = List.of(
            USER, PASSWORD, IDENTITY_TOKEN, REGISTRY_TOKEN, OLD_PASSWORD,
            USER + ":" + PASSWORD,
            base64(USER + ":" + PASSWORD),
            base64(USER + ":" + PASSWORD + "\n"),
            base64(USER + PASSWORD),
            base64(PASSWORD),
            // A Base64 text shares no prefix with a longer one's encoding only at multiples of 3 bytes: check the
            // first 12 characters of the pair's encoding too, so that a truncated quote is caught.
            base64(USER + ":" + PASSWORD).substring(0, 12));

    @TempDir
    Path root;

    @BeforeEach
    void writeCanaryFiles() {
        CredentialTree tree = new CredentialTree(root);
        String pair = USER + ":" + PASSWORD;
        // Every rule that looks at a secret gets something to say about it; the file is group-readable, so
        // docker/file-permissions speaks too. The pair is 33 bytes: "!" makes it 34, whose Base64 needs padding.
        tree.writeReadableByOthers("hub/.docker/config.json", """
                {
                  "auths": {
                    "docker.io": {"auth": "%s"},
                    "echo.example.com": {"auth": "%s"},
                    "nocolon.example.com": {"auth": "%s"},
                    "emptyuser.example.com": {"auth": "%s"},
                    "raw.example.com": {"auth": "%s"},
                    "unpadded.example.com": {"auth": "%s"},
                    "urlsafe.example.com": {"auth": "%s-_"},
                    "plain.example.com": {"username": "%s", "password": "%s"},
                    "https://tokens.example.com/v2/": {"identitytoken": "%s", "registrytoken": "%s"},
                    "wrapped.example.com": {"auth": "%s"},
                    "https://%s:%s@userinfo.example.com": {}
                  }
                }
                """.formatted(base64(pair), base64(pair + "\n"), base64(USER + PASSWORD), base64(":" + PASSWORD), pair,
                base64(pair + "!").replace("=", ""), base64(pair).substring(0, 8), USER, PASSWORD, IDENTITY_TOKEN,
                REGISTRY_TOKEN, base64(pair).substring(0, 8) + "\\n" + base64(pair).substring(8), USER, PASSWORD));
        // The rules added with the second half of the pack: a store and a helper shadowing inline secrets, a
        // password that disagrees with auth, one registry under two keys, a namespaced key, legacy and unknown
        // fields, a top-level key that carries user information.
        tree.write("shadow/.docker/config.json", """
                {
                  "auths": {
                    "registry.example.com": {"auth": "%s", "password": "%s", "email": "%s@example.com"},
                    "https://registry.example.com": {"auth": "%s", "serveraddress": "https://%s:%s@registry.example.com"},
                    "quay.io/team": {"auth": "%s"}
                  },
                  "credsStore": "desktop",
                  "credStore": "%s",
                  "https://%s:%s@top.example.com": {"auth": "%s"}
                }
                """.formatted(base64(pair), OLD_PASSWORD, USER, base64(pair), USER, PASSWORD, base64(pair),
                PASSWORD, USER, PASSWORD, base64(pair)));
        tree.write("legacy/.dockercfg", "{\"registry.example.com\": {\"auth\": \"" + base64(pair) + "\", \"email\": \""
                + USER + "@example.com\"}}");
        // DOCKER_AUTH_CONFIG values the Docker CLI rejects (docker/auth-config-env), in the global and a job's variables.
        tree.write("ci/.gitlab-ci.yml", """
                variables:
                  DOCKER_AUTH_CONFIG: '{"auths": {"registry.example.com": {"username": "%s", "password": "%s"}}, "credsStore": "%s"}'

                build:
                  variables:
                    DOCKER_AUTH_CONFIG: |
                      {
                        "auths": {"docker.io": {"auth": "%s", "identitytoken": "%s"}},
                        "credHelpers": {"https://%s:%s@helper.example.com": "desktop"}
                      }
                  script: [make]
                """.formatted(USER, PASSWORD, PASSWORD, base64(pair), IDENTITY_TOKEN, USER, PASSWORD));
        tree.write("types/.docker/config.json", """
                {
                  "auths": {
                    "types.example.com": {"auth": ["%s"], "password": {"value": "%s"}, "identitytoken": 7},
                    "string.example.com": "%s"
                  },
                  "credsStore": ["%s"]
                }
                """.formatted(base64(USER + ":" + PASSWORD), PASSWORD, PASSWORD, PASSWORD));
        tree.write("broken/.docker/config.json", "{\"auths\": {\"r.example.com\": {\"password\": \"" + PASSWORD + "\",}}}");
        tree.write("control/.docker/config.json", "{\"auths\": {\"r.example.com\": {\"password\": \"" + PASSWORD
                + "\u0001\"}}}");
        tree.write("unterminated/.docker/config.json", "{\"auths\": {\"r.example.com\": {\"auth\": \"" + base64(pair));
        tree.write("containers/auth.json", "{\"auths\": {\"quay.io\": {\"auth\": \"" + base64(pair + " ") + "\"}}}");
    }

    @ParameterizedTest(name = "fail-on {0}, clients [{1}]")
    @CsvSource(delimiter = '|', value = {"error|", "note|", "none|", "note|" + ALL_CLIENTS})
    void noEventOfARunRevealsASecret(String failOn, String clients) {
        EngineTestKit.Builder engine = EngineTestKit.engine(Constants.ENGINE_ID)
                .selectors(selectDirectory(root.toFile()))
                .configurationParameter(Constants.FAIL_ON_PROPERTY_NAME, failOn);
        if (clients != null) {
            engine.configurationParameter(Constants.CLIENTS_PROPERTY_NAME, clients);
        }
        EngineExecutionResults results = engine.execute();

        List<String> said = everythingSaidIn(results);

        assertThat(results.testEvents().failed().count() + results.allEvents().reportingEntryPublished().count())
                .as("findings to look at").isGreaterThan(10);
        assertNoSecretIn(said);
    }

    @Test
    void theCanaryFilesGiveEveryRuleSomethingToSayAboutTheirSecrets() {
        EngineExecutionResults results = EngineTestKit.engine(Constants.ENGINE_ID)
                .selectors(selectDirectory(root.toFile()))
                .configurationParameter(Constants.FAIL_ON_PROPERTY_NAME, "note")
                .configurationParameter(Constants.CLIENTS_PROPERTY_NAME, ALL_CLIENTS)
                .execute();

        // Every built-in rule that applies in a repository fails on some canary file, so every message is searched
        // for the secrets. The image and environment rules have their own canary tests (image scans, env).
        java.util.Set<String> elsewhere = java.util.Set.of("docker/helper-missing", "docker/env-shadows-login",
                "docker/secret-in-image-history",
                "docker/image-integrity");
        assertThat(results.testEvents().failed().list()).extracting(e -> RuleConditions.ruleIdOf(e.getTestDescriptor()))
                .containsOnly(RuleFileLoader.builtIn().rules().stream().map(Rule::id).filter(id -> !elsewhere.contains(id))
                        .toArray(String[]::new));
        assertThat(ReportedFinding.failuresOf(results)).filteredOn(f -> f.rule().equals("docker/auth-base64"))
                .extracting(f -> f.message().substring(0, f.message().indexOf(';')))
                .anySatisfy(m -> assertThat(m).contains("unpadded.example.com"))
                .anySatisfy(m -> assertThat(m).contains("urlsafe.example.com"))
                .anySatisfy(m -> assertThat(m).contains("raw.example.com"));
    }

    /**
     * A {@code DOCKER_AUTH_CONFIG} written in the legacy shape, its registry key at the top level, with user
     * information in the key: every rule, docker/auth-config-env included, shows it as {@code https://***@host}.
     */
    @Test
    void aTopLevelKeyWithUserInformationInDockerAuthConfigIsNotRevealed() {
        Path ci = root.resolve("userinfo");
        new CredentialTree(ci).write(".gitlab-ci.yml", """
                variables:
                  DOCKER_AUTH_CONFIG: '{"https://%s:%s@registry.example.com": {"auth": "%s"}}'
                """.formatted(USER, PASSWORD, base64(USER + ":" + PASSWORD)));

        EngineExecutionResults results = EngineTestKit.engine(Constants.ENGINE_ID)
                .selectors(selectDirectory(ci.toFile()))
                .configurationParameter(Constants.CLIENTS_PROPERTY_NAME, ALL_CLIENTS)
                .execute();
        List<String> said = everythingSaidIn(results);

        results.testEvents().assertThatEvents().haveExactly(1, event(RuleConditions.rule("docker/auth-config-env"),
                finishedWithFailure(message(m -> m.contains("has the top-level field")))));
        assertNoSecretIn(said);
    }

    @Test
    void noEventOfARunByUniqueIdRevealsASecret() {
        TestDescriptor engine = EngineTestKit.engine(Constants.ENGINE_ID).selectors(selectDirectory(root.toFile()))
                .discover().getEngineDescriptor();
        List<String> said = new ArrayList<>();
        for (TestDescriptor source : engine.getChildren()) {
            said.addAll(everythingSaidIn(EngineTestKit.engine(Constants.ENGINE_ID)
                    .selectors(selectUniqueId(source.getUniqueId())).execute()));
        }

        assertNoSecretIn(said);
    }

    @Test
    void aCredentialFileMistakenlyGivenAsARuleFileRevealsNoSecretInTheDiscoveryIssue() {
        EngineDiscoveryResults results = EngineTestKit.engine(Constants.ENGINE_ID)
                .selectors(selectDirectory(root.toFile()))
                .configurationParameter(Constants.RULES_PROPERTY_NAME, root.resolve("hub/.docker/config.json").toString())
                .discover();

        assertThat(results.getDiscoveryIssues()).isNotEmpty();
        assertNoSecretIn(issueTexts(results.getDiscoveryIssues()));
    }

    @Test
    void aBrokenCredentialFileMistakenlyGivenAsARuleFileRevealsNoSecretInTheDiscoveryIssue() {
        EngineDiscoveryResults results = EngineTestKit.engine(Constants.ENGINE_ID)
                .selectors(selectDirectory(root.toFile()))
                .configurationParameter(Constants.RULES_PROPERTY_NAME,
                        root.resolve("unterminated/.docker/config.json").toString())
                .discover();

        assertThat(results.getDiscoveryIssues()).isNotEmpty();
        assertNoSecretIn(issueTexts(results.getDiscoveryIssues()));
    }

    private static List<String> everythingSaidIn(EngineExecutionResults results) {
        List<String> said = new ArrayList<>();
        for (Event event : results.allEvents().list()) {
            TestDescriptor descriptor = event.getTestDescriptor();
            said.add(descriptor.getDisplayName());
            said.add(descriptor.getLegacyReportingName());
            said.add(descriptor.getUniqueId().toString());
            said.add(String.valueOf(descriptor.getSource().orElse(null)));
            event.getPayload(String.class).ifPresent(said::add);
            event.getPayload(ReportEntry.class).ifPresent(entry -> said.add(entry.toString()));
            event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                    .ifPresent(thrown -> said.addAll(throwableTexts(thrown)));
        }
        return said;
    }

    private static List<String> throwableTexts(Throwable thrown) {
        List<String> texts = new ArrayList<>();
        texts.add(String.valueOf(thrown.getMessage()));
        texts.add(thrown.toString());
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        texts.add(trace.toString());
        if (thrown instanceof MultipleFailuresError multiple) {
            multiple.getFailures().forEach(nested -> texts.addAll(throwableTexts(nested)));
        }
        if (thrown.getCause() != null) {
            texts.addAll(throwableTexts(thrown.getCause()));
        }
        return texts;
    }

    private static List<String> issueTexts(List<DiscoveryIssue> issues) {
        List<String> texts = new ArrayList<>();
        for (DiscoveryIssue issue : issues) {
            texts.add(issue.toString());
            texts.add(issue.message());
            issue.cause().ifPresent(cause -> texts.addAll(throwableTexts(cause)));
        }
        return texts;
    }

    private static void assertNoSecretIn(List<String> said) {
        assertThat(said).isNotEmpty();
        for (String forbidden : FORBIDDEN) {
            // Only the texts that reveal it, so that a failure shows the leak rather than everything said.
            assertThat(said.stream().filter(text -> text.contains(forbidden)).distinct().toList())
                    .as("what the engine said that contains %s", forbidden).isEmpty();
        }
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
