package dev.configunit.engine;

import static dev.configunit.engine.RuleConditions.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.CancellationToken;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.MultipleFailuresError;

/** What a run reports: failures for findings, successes for clean rules, skips with reasons. */
class ExecutionEventTests {

    @TempDir
    Path root;

    private CredentialTree tree;

    @BeforeEach
    void setUp() {
        tree = new CredentialTree(root);
    }

    @Test
    void aDockerIoKeyFailsHubKeyWithAnAssertionFailedErrorGivingPathLineColumnAndMessage() {
        tree.write(".docker/config.json", """
                {
                  "auths": {
                    "docker.io": {}
                  }
                }
                """);

        EngineExecutionResults results = runDirectory();

        results.testEvents().assertThatEvents().haveExactly(1, event(rule("docker/hub-key"),
                finishedWithFailure(instanceOf(AssertionFailedError.class), message(
                        ".docker/config.json:3:5: error docker/hub-key Docker Hub credentials keyed \"docker.io\" are"
                                + " never found by docker (CLI, dockerd, crane, kaniko); key them"
                                + " \"https://index.docker.io/v1/\""))));
    }

    @Test
    void aFindingIsAFailureNotAnError() {
        tree.write(".docker/config.json", "{\"auths\": {\"docker.io\": {}}}");

        Throwable thrown = failureOf(runDirectory(), "docker/hub-key");

        // Surefire and the legacy XML writer file AssertionErrors as <failure>, anything else as <error>.
        assertThat(thrown).isInstanceOf(AssertionError.class);
        assertThat(thrown.getStackTrace()).isEmpty();
    }

    @Test
    void twoFindingsOfOneRuleFailWithAMultipleFailuresErrorHoldingOneFailurePerFinding() {
        tree.write(".docker/config.json", """
                {
                  "auths": {
                    "index.docker.io": {},
                    "registry.example.com": {},
                    "docker.io": {}
                  }
                }
                """);

        Throwable thrown = failureOf(runDirectory(), "docker/hub-key");

        assertThat(thrown).isInstanceOfSatisfying(MultipleFailuresError.class, multiple -> {
            assertThat(multiple.getMessage()).startsWith("docker/hub-key: 2 findings");
            assertThat(multiple.getFailures()).allSatisfy(f -> assertThat(f).isInstanceOf(AssertionFailedError.class));
            assertThat(multiple.getFailures()).extracting(Throwable::getMessage).satisfiesExactly(
                    first -> assertThat(first).startsWith(".docker/config.json:3:5: error docker/hub-key ")
                            .contains("\"index.docker.io\""),
                    second -> assertThat(second).startsWith(".docker/config.json:5:5: error docker/hub-key ")
                            .contains("\"docker.io\""));
        });
    }

    @Test
    void aCleanFileSucceedsInEveryTest() {
        tree.write(".docker/config.json", """
                {
                  "auths": {
                    "https://index.docker.io/v1/": {},
                    "registry.example.com:5000": {}
                  },
                  "credsStore": "desktop"
                }
                """);

        EngineExecutionResults results = runDirectory();

        int tests = BuiltInRules.forDockerConfig();
        results.testEvents().assertStatistics(stats -> stats.started(tests).succeeded(tests).failed(0).skipped(0).aborted(0));
        results.containerEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(ReportedFinding.reportEntriesOf(results)).isEmpty();
    }

    @Test
    void anEmptyFileIsAValidEmptyConfiguration() {
        tree.write(".docker/config.json", "");

        int tests = BuiltInRules.forDockerConfig();
        runDirectory().testEvents().assertStatistics(stats -> stats.started(tests).succeeded(tests));
    }

    @Test
    void aByteOrderMarkFailsJsonSyntaxAtTheFirstCharacter() {
        tree.write(".docker/config.json", "\uFEFF{\"auths\": {}}");

        runDirectory().testEvents().assertThatEvents().haveExactly(1, event(rule("docker/json-syntax"),
                finishedWithFailure(instanceOf(AssertionFailedError.class),
                        message(m -> m.startsWith(".docker/config.json:1:1: error docker/json-syntax ")))));
    }

    @Test
    void aCancelledRunSkipsEverySourceWithTheReason() {
        tree.write("a/.docker/config.json", "{\"auths\": {\"docker.io\": {}}}");
        tree.write("b/.docker/config.json", "{\"auths\": {\"docker.io\": {}}}");
        CancellationToken cancelled = CancellationToken.create();
        cancelled.cancel();

        EngineExecutionResults results = EngineTestKit.engine(Constants.ENGINE_ID)
                .selectors(selectDirectory(root.toFile()))
                .cancellationToken(cancelled)
                .execute();

        results.testEvents().assertStatistics(stats -> stats.started(0).failed(0));
        results.containerEvents().assertThatEvents().haveExactly(2, skippedWithReason("Execution cancelled"));
    }

    @Test
    void aTrailingCommaFailsJsonSyntaxAndSkipsEveryOtherRuleWithTheReason() {
        tree.write(".docker/config.json", """
                {
                  "auths": {
                    "registry.example.com": {},
                  }
                }
                """);

        EngineExecutionResults results = runDirectory();

        results.testEvents().assertThatEvents().haveExactly(1, event(rule("docker/json-syntax"),
                finishedWithFailure(instanceOf(AssertionFailedError.class), message(m -> m.startsWith(
                        ".docker/config.json:4:3: error docker/json-syntax Not valid JSON as Go's encoding/json reads"
                                + " it: invalid character '}' looking for beginning of object key string")))));
        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1).skipped(BuiltInRules.forDockerConfig() - 1));
        results.testEvents().skipped().assertThatEvents()
                .allMatch(e -> e.getPayload(String.class).orElse("").equals("the file is not valid JSON"));
    }

    @Test
    void aRuleProtectingOnlyUnselectedClientsIsSkippedWithTheReason() {
        tree.write(".docker/config.json", "{\"auths\": {\"registry.example.com\": {}}}");

        EngineExecutionResults results = runDirectory("configunit.clients", "podman");

        results.testEvents().assertThatEvents().haveExactly(1, event(rule("docker/schema"), skippedWithReason(
                "it protects docker, gitlab-runner, and the selected clients are podman")));
        int skipped = BuiltInRules.skippedForDockerConfig(java.util.Set.of("podman"));
        results.testEvents().assertStatistics(stats -> stats.skipped(skipped).succeeded(BuiltInRules.forDockerConfig() - skipped));
    }

    @Test
    void aDockerIoKeyPassesHubKeyWhenOnlyPodmanIsSelectedBecausePodmanFindsIt() {
        tree.write(".docker/config.json", "{\"auths\": {\"docker.io\": {}}}");

        EngineExecutionResults results = runDirectory("configunit.clients", "podman");

        results.testEvents().assertThatEvents().haveExactly(1, event(rule("docker/hub-key"), finishedSuccessfully()));
    }

    @Test
    void anIndexDockerIoKeyFailsHubKeyForGitlabRunnerButADockerIoKeyDoesNot() {
        tree.write(".docker/config.json", "{\"auths\": {\"docker.io\": {}, \"index.docker.io\": {}}}");

        Throwable thrown = failureOf(runDirectory("configunit.clients", "gitlab-runner"), "docker/hub-key");

        assertThat(thrown).isExactlyInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("\"index.docker.io\"")
                .hasMessageContaining("never found by GitLab Runner");
    }

    @Test
    void anInlineSecretFailsWhateverClientsAreSelected() {
        tree.write(".docker/config.json",
                "{\"auths\": {\"registry.example.com\": {\"auth\": \"" + CredentialTree.auth("u", "p") + "\"}}}");

        EngineExecutionResults results = runDirectory("configunit.clients", "podman");

        results.testEvents().assertThatEvents().haveExactly(1, event(rule("docker/inline-credentials"),
                finishedWithFailure(instanceOf(AssertionFailedError.class), message(m -> m.contains(
                        "error docker/inline-credentials \"registry.example.com\" holds an inline secret (\"auth\")")))));
    }

    @Test
    void aWarningDoesNotFailItsTestAndIsPublishedAsAReportEntry() {
        tree.write(".docker/config.json", """
                {
                  "auths": {
                    "https://registry.example.com/v2/": {}
                  },
                  "credsStore": "desktop"
                }
                """);

        EngineExecutionResults results = runDirectory();

        results.testEvents().assertThatEvents().haveExactly(1, event(rule("docker/registry-key"), finishedSuccessfully()));
        assertThat(ReportedFinding.reportEntriesOf(results)).singleElement().satisfies(entry -> {
            assertThat(entry.rule()).isEqualTo("docker/registry-key");
            assertThat(entry.level()).isEqualTo("warning");
            assertThat(entry.path()).isEqualTo(".docker/config.json");
            assertThat(List.of(entry.line(), entry.column())).containsExactly(3, 5);
            assertThat(entry.message()).startsWith("Registry key \"https://registry.example.com/v2/\" has a scheme and a path");
        });
    }

    @Test
    void anOpenFileModeFailsFilePermissionsAsAnErrorWhenTheFileHoldsASecret() {
        tree.writeReadableByOthers(".docker/config.json",
                "{\"auths\": {\"registry.example.com\": {\"auth\": \"" + CredentialTree.auth("u", "p") + "\"}}}");

        Throwable thrown = failureOf(runDirectory(), "docker/file-permissions");

        assertThat(thrown).hasMessage(".docker/config.json:1:1: error docker/file-permissions The file is mode 0644:"
                + " group or others may read it. Run chmod 600 on it");
    }

    @Test
    void aSelectedFileIsReportedUnderThePathItWasSelectedBy() {
        Path file = tree.write(".docker/config.json", "{\"auths\": {\"docker.io\": {}}}");

        EngineExecutionResults results = EngineTestKit.engine(Constants.ENGINE_ID)
                .selectors(selectFile(file.toFile()))
                .execute();

        assertThat(failureOf(results, "docker/hub-key")).hasMessageStartingWith(file + ":1:12: error docker/hub-key ");
    }

    private EngineExecutionResults runDirectory(String... parameters) {
        EngineTestKit.Builder builder = EngineTestKit.engine(Constants.ENGINE_ID).selectors(selectDirectory(root.toFile()));
        for (int i = 0; i < parameters.length; i += 2) {
            builder.configurationParameter(parameters[i], parameters[i + 1]);
        }
        return builder.execute();
    }

    private static Throwable failureOf(EngineExecutionResults results, String ruleId) {
        List<Event> failed = results.testEvents().failed().filter(rule(ruleId)::matches).toList();
        assertThat(failed).as("failed tests of %s", ruleId).hasSize(1);
        return failed.get(0).getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
    }
}
