package dev.configunit.engine;

import static dev.configunit.engine.RuleConditions.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.opentest4j.AssertionFailedError;

/** The engine's configuration parameters ({@link Constants}). */
class ConfigurationTests {

    /** A registry key with a scheme: a warning of docker/registry-key, and a note of docker/empty-entry. */
    private static final String WARNING_ONLY = """
            {
              "auths": {
                "https://registry.example.com": {}
              }
            }
            """;

    @TempDir
    Path root;

    private CredentialTree tree;

    @BeforeEach
    void setUp() {
        tree = new CredentialTree(root);
    }

    @Test
    void byDefaultAWarningFindingDoesNotFail() {
        tree.write(".docker/config.json", WARNING_ONLY);

        engine().execute().testEvents().assertStatistics(stats -> stats.failed(0).succeeded(BuiltInRules.forDockerConfig()));
    }

    @Test
    void failOnWarningMakesAWarningFindingFail() {
        tree.write(".docker/config.json", WARNING_ONLY);

        EngineExecutionResults results = engine().configurationParameter(Constants.FAIL_ON_PROPERTY_NAME, "warning")
                .execute();

        results.testEvents().assertThatEvents().haveExactly(1, event(rule("docker/registry-key"),
                finishedWithFailure(instanceOf(AssertionFailedError.class), message(m -> m.startsWith(
                        ".docker/config.json:3:5: warning docker/registry-key Registry key"
                                + " \"https://registry.example.com\" has a scheme")))));
        assertThat(ReportedFinding.reportEntriesOf(results)).extracting(ReportedFinding::rule)
                .containsExactly("docker/empty-entry");
    }

    @Test
    void failOnNonePublishesErrorFindingsAsReportEntriesAndPasses() {
        tree.write(".docker/config.json", "{\"auths\": {\"docker.io\": {}}, \"credsStore\": \"pass\"}");

        EngineExecutionResults results = engine().configurationParameter(Constants.FAIL_ON_PROPERTY_NAME, "none")
                .execute();

        results.testEvents().assertThatEvents().haveExactly(1, event(rule("docker/hub-key"), finishedSuccessfully()));
        assertThat(ReportedFinding.reportEntriesOf(results)).extracting(ReportedFinding::rule, ReportedFinding::level)
                .containsExactly(Tuple.tuple("docker/hub-key", "error"));
    }

    @Test
    void aMalformedRuleFileIsAnErrorDiscoveryIssueNamingFileLineAndColumn() {
        tree.write(".docker/config.json", WARNING_ONLY);
        Path rules = tree.write("rules/acme.yaml", """
                rules:
                  - id: acme/no-latest
                    name: NoLatest
                    level: fatal
                    summary: Nothing
                    applies-to: [docker-config]
                    check: hub-key
                    message: Nothing
                """);

        EngineDiscoveryResults results = engine().configurationParameter(Constants.RULES_PROPERTY_NAME, rules.toString())
                .discover();

        assertThat(results.getDiscoveryIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.ERROR);
            assertThat(issue.message()).contains(rules + ":4:12: ").contains("level");
            assertThat(issue.source()).contains(FileSource.from(rules.toFile(), FilePosition.from(4, 12)));
        });
        assertThat(results.getEngineDescriptor().getChildren()).isEmpty();
    }

    @Test
    void aRuleFileThatIsNotYamlIsAnErrorDiscoveryIssueNamingFileLineAndColumn() {
        tree.write(".docker/config.json", WARNING_ONLY);
        Path rules = tree.write("rules/acme.yaml", "rules:\n  - id: [unclosed\n");

        EngineDiscoveryResults results = engine().configurationParameter(Constants.RULES_PROPERTY_NAME, rules.toString())
                .discover();

        assertThat(results.getDiscoveryIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.ERROR);
            assertThat(issue.message()).containsPattern(Pattern.quote(rules.toString()) + ":\\d+:\\d+: ");
        });
    }

    @Test
    void aMissingRuleFileIsAnErrorDiscoveryIssue() {
        Path missing = root.resolve("no-such-rules.yaml");

        EngineDiscoveryResults results = engine().configurationParameter(Constants.RULES_PROPERTY_NAME, missing.toString())
                .discover();

        assertThat(results.getDiscoveryIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.ERROR);
            assertThat(issue.message()).contains(missing + ":1:1: no such rule file or directory");
        });
    }

    @Test
    void aUserRuleFileAddsItsRulesAsTests() {
        tree.write(".docker/config.json", WARNING_ONLY);
        tree.write("rules/require-store.schema.json", "{\"required\": [\"credsStore\"]}");
        Path rules = tree.write("rules/acme.yaml", """
                rules:
                  - id: acme/require-store
                    name: RequireStore
                    level: error
                    summary: A credential store must be configured
                    applies-to: [docker-config]
                    check: schema
                    with:
                      schema: require-store.schema.json
                    clients: [docker]
                    message: "{pointer} {expected}"
                """);

        EngineExecutionResults results = engine()
                .configurationParameter(Constants.RULES_PROPERTY_NAME, rules.getParent().toString())
                .execute();

        results.testEvents().assertStatistics(stats -> stats.started(BuiltInRules.forDockerConfig() + 1));
        results.testEvents().assertThatEvents().haveExactly(1, event(rule("acme/require-store"),
                finishedWithFailure(instanceOf(AssertionFailedError.class),
                        message(m -> m.startsWith(".docker/config.json:1:1: error acme/require-store ")))));
    }

    @Test
    void anUnknownFailOnLevelIsAnErrorDiscoveryIssue() {
        tree.write(".docker/config.json", WARNING_ONLY);

        EngineDiscoveryResults results = engine().configurationParameter(Constants.FAIL_ON_PROPERTY_NAME, "sometimes")
                .discover();

        assertThat(results.getDiscoveryIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.ERROR);
            assertThat(issue.message()).contains("sometimes");
        });
        assertThat(results.getEngineDescriptor().getChildren()).isEmpty();
    }

    @Test
    void anUnknownClientIsAnErrorDiscoveryIssue() {
        tree.write(".docker/config.json", WARNING_ONLY);

        EngineDiscoveryResults results = engine().configurationParameter(Constants.CLIENTS_PROPERTY_NAME, "docker,rkt")
                .discover();

        assertThat(results.getDiscoveryIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.ERROR);
            assertThat(issue.message()).contains("unknown client profile 'rkt'");
        });
    }

    private EngineTestKit.Builder engine() {
        return EngineTestKit.engine(Constants.ENGINE_ID).selectors(selectDirectory(root.toFile()));
    }
}
