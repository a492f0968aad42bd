package dev.configunit.engine;

import static dev.configunit.engine.RuleConditions.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.configunit.source.SourceKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.MultipleFailuresError;

/**
 * {@code DOCKER_AUTH_CONFIG} values in a {@code .gitlab-ci.yml}: each literal value, global or a job's, is a
 * container of its own, with a unique id that re-selects exactly it, and its findings point at the YAML file's line
 * and column (GitLab Runner reads them for the job's images, docker-auth-semantics.md §4.2).
 */
class GitLabCiSourceTests {

    private static final String GLOBAL = "/variables/DOCKER_AUTH_CONFIG";
    private static final String JOB = "/build/variables/DOCKER_AUTH_CONFIG";

    @TempDir
    Path root;

    private Path ci;

    /**
     * The global value, a quoted scalar on line 2, keys Docker Hub "index.docker.io", which GitLab Runner does not
     * normalise (§4.2); the job's value, a block literal from line 8, has an inline secret and a credsStore, which
     * the Docker CLI's own reading of the variable rejects (§1.6). The deploy job's value references a variable:
     * GitLab expands it at run time, so it is no source.
     */
    @BeforeEach
    void writeCiFile() {
        ci = new CredentialTree(root).write(".gitlab-ci.yml", """
                variables:
                  DOCKER_AUTH_CONFIG: '{"auths": {"index.docker.io": {}}, "credsStore": "ecr-login"}'

                build:
                  image: registry.example.com/app:1
                  variables:
                    DOCKER_AUTH_CONFIG: |
                      {
                        "auths": {
                          "registry.example.com": {"auth": "%s"}
                        },
                        "credsStore": "desktop"
                      }
                  script: [make]

                deploy:
                  variables:
                    DOCKER_AUTH_CONFIG: $REGISTRY_AUTH
                  script: [deploy]
                """.formatted(CredentialTree.auth("user", "pass")));
    }

    @Test
    void aGlobalAndAJobVariableAreTwoContainersWithDifferentUniqueIds() {
        List<? extends TestDescriptor> sources = List.copyOf(discover(selectDirectory(root.toFile())).getChildren());

        assertThat(sources).extracting(TestDescriptor::getDisplayName)
                .containsExactly(".gitlab-ci.yml#" + JOB, ".gitlab-ci.yml#" + GLOBAL);
        assertThat(sources).extracting(TestDescriptor::getUniqueId).doesNotHaveDuplicates();
        assertThat(sources).allSatisfy(source -> {
            assertThat(source.getType()).isEqualTo(TestDescriptor.Type.CONTAINER);
            assertThat(source.getChildren()).extracting(RuleConditions::ruleIdOf)
                    .containsExactlyElementsOf(BuiltInRules.idsFor(SourceKind.DOCKER_AUTH_CONFIG));
        });
        // Each container points at where its value's text begins in the YAML file.
        assertThat(sources).extracting(source -> source.getSource().orElseThrow()).containsExactly(
                FileSource.from(ci.toFile(), FilePosition.from(8, 7)),
                FileSource.from(ci.toFile(), FilePosition.from(2, 24)));
    }

    @Test
    void aFileSelectorOnTheCiFileFindsBothVariables() {
        TestDescriptor engine = discover(selectFile(ci.toFile()));

        assertThat(engine.getChildren()).hasSize(2);
        assertThat(engine.getChildren()).extracting(TestDescriptor::getUniqueId).doesNotHaveDuplicates();
    }

    @Test
    void failuresPointAtTheLineAndColumnInTheYamlFile() {
        EngineExecutionResults results = EngineTestKit.engine(Constants.ENGINE_ID)
                .selectors(selectDirectory(root.toFile()))
                .execute();

        // Default client for a CI variable: GitLab Runner, which does not find "index.docker.io" (§4.2).
        results.testEvents().assertThatEvents().haveExactly(1, event(rule("docker/hub-key"),
                finishedWithFailure(instanceOf(AssertionFailedError.class), message(m -> m.startsWith(
                        ".gitlab-ci.yml:2:35: error docker/hub-key Docker Hub credentials keyed \"index.docker.io\""
                                + " are never found by GitLab runners")))));
        results.testEvents().assertThatEvents().haveExactly(1, event(rule("docker/inline-credentials"),
                finishedWithFailure(instanceOf(AssertionFailedError.class), message(m -> m.startsWith(
                        ".gitlab-ci.yml:10:44: error docker/inline-credentials \"registry.example.com\" holds an"
                                + " inline secret (\"auth\")")))));
        assertThat(ReportedFinding.failuresOf(results)).extracting(ReportedFinding::path).containsOnly(".gitlab-ci.yml");
        // And so do the tests: IDEs jump from the failed test to the finding.
        assertThat(testOf(JOB, "docker/inline-credentials").getSource())
                .contains(FileSource.from(ci.toFile(), FilePosition.from(10, 44)));
        assertThat(testOf(GLOBAL, "docker/hub-key").getSource())
                .contains(FileSource.from(ci.toFile(), FilePosition.from(2, 35)));
    }

    @Test
    void withTheDockerClientSelectedTheJobsCredsStoreFailsAuthConfigEnvAtItsYamlPosition() {
        EngineExecutionResults results = EngineTestKit.engine(Constants.ENGINE_ID)
                .selectors(selectDirectory(root.toFile()))
                .configurationParameter(Constants.CLIENTS_PROPERTY_NAME, "docker")
                .execute();

        // The Docker CLI reads only {"auths": {KEY: {"auth": …}}} from the variable (§1.6).
        assertThat(ReportedFinding.failuresOf(results)).filteredOn(f -> f.rule().equals("docker/auth-config-env"))
                .extracting(ReportedFinding::line, ReportedFinding::column, f -> f.message().substring(0, f.message().indexOf(':')))
                .containsExactlyInAnyOrder(
                        tuple(2, 35, "DOCKER_AUTH_CONFIG entry \"index.docker.io\" has no \"auth\""),
                        tuple(2, 59, "DOCKER_AUTH_CONFIG has the top-level field \"credsStore\""),
                        tuple(12, 9, "DOCKER_AUTH_CONFIG has the top-level field \"credsStore\""));
    }

    @Test
    void eachVariableIsReSelectedByItsUniqueIdAloneAndGivesTheSameFindings() {
        TestDescriptor original = discover(selectDirectory(root.toFile()));
        EngineExecutionResults all = EngineTestKit.engine(Constants.ENGINE_ID)
                .selectors(selectDirectory(root.toFile())).execute();

        for (String variable : List.of(GLOBAL, JOB)) {
            TestDescriptor source = sourceOf(original, variable);

            TestDescriptor rediscovered = discover(selectUniqueId(source.getUniqueId()));

            assertThat(rediscovered.getChildren()).as(variable).singleElement().satisfies(again -> {
                assertThat(again.getUniqueId()).isEqualTo(source.getUniqueId());
                assertThat(again.getSource()).isEqualTo(source.getSource());
                assertThat(again.getChildren()).extracting(TestDescriptor::getUniqueId)
                        .containsExactlyElementsOf(idsOf(source.getChildren()));
                assertThat(again.getChildren()).extracting(TestDescriptor::getSource)
                        .containsExactlyElementsOf(source.getChildren().stream().map(TestDescriptor::getSource).toList());
            });
            EngineExecutionResults rerun = EngineTestKit.engine(Constants.ENGINE_ID)
                    .selectors(selectUniqueId(source.getUniqueId())).execute();
            assertThat(findingsUnder(rerun, source.getUniqueId())).as(variable)
                    .isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(findingsUnder(all, source.getUniqueId()));
            assertThat(findingsUnder(rerun, UniqueId.forEngine(Constants.ENGINE_ID))).as("the re-run's findings")
                    .containsExactlyInAnyOrderElementsOf(findingsUnder(rerun, source.getUniqueId()));
        }
    }

    @Test
    void aRuleOfOneVariableIsReSelectedByItsUniqueIdAndRunsAlone() {
        TestDescriptor inline = testOf(JOB, "docker/inline-credentials");

        EngineExecutionResults results = EngineTestKit.engine(Constants.ENGINE_ID)
                .selectors(selectUniqueId(inline.getUniqueId()))
                .execute();

        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        results.testEvents().assertThatEvents().haveExactly(1, event(rule("docker/inline-credentials"),
                finishedWithFailure(message(m -> m.startsWith(ci + ":10:44: error docker/inline-credentials ")))));
    }

    @Test
    void aUniqueIdOfAVariableThatIsNoLongerInTheFileSelectsNothing() {
        UniqueId job = sourceOf(discover(selectDirectory(root.toFile())), JOB).getUniqueId();
        new CredentialTree(root).write(".gitlab-ci.yml", """
                variables:
                  DOCKER_AUTH_CONFIG: '{"auths": {"registry.example.com": {}}, "credsStore": "desktop"}'
                """);

        assertThat(discover(selectUniqueId(job)).getDescendants()).isEmpty();
    }

    private static TestDescriptor discover(DiscoverySelector selector) {
        return EngineTestKit.engine(Constants.ENGINE_ID).selectors(selector).discover().getEngineDescriptor();
    }

    private TestDescriptor testOf(String variable, String ruleId) {
        return sourceOf(discover(selectDirectory(root.toFile())), variable).getChildren().stream()
                .filter(test -> RuleConditions.ruleIdOf(test).equals(ruleId))
                .findFirst()
                .orElseThrow();
    }

    private static TestDescriptor sourceOf(TestDescriptor engine, String variable) {
        return engine.getChildren().stream()
                .filter(source -> source.getDisplayName().endsWith("#" + variable))
                .findFirst()
                .orElseThrow();
    }

    private static List<UniqueId> idsOf(Collection<? extends TestDescriptor> descriptors) {
        return descriptors.stream().map(TestDescriptor::getUniqueId).toList();
    }

    /**
     * The findings that the failed tests under {@code node} report, without the path: a source re-selected by its
     * unique id is shown by its absolute path, not relative to a selected directory.
     */
    private static List<String> findingsUnder(EngineExecutionResults results, UniqueId node) {
        List<String> findings = new ArrayList<>();
        for (Event event : results.testEvents().failed().list()) {
            if (!event.getTestDescriptor().getUniqueId().hasPrefix(node)) {
                continue;
            }
            Throwable thrown = event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
            List<Throwable> failures = thrown instanceof MultipleFailuresError multiple
                    ? List.copyOf(multiple.getFailures()) : List.of(thrown);
            for (Throwable failure : failures) {
                ReportedFinding f = ReportedFinding.fromFailureMessage(failure.getMessage());
                findings.add(f.rule() + "@" + f.line() + ":" + f.column() + " " + f.level() + " " + f.message());
            }
        }
        return findings;
    }
}
