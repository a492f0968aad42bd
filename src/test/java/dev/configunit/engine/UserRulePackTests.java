package dev.configunit.engine;

import static dev.configunit.engine.RuleConditions.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.configunit.rule.Rule;
import dev.configunit.rule.RuleFileException;
import dev.configunit.rule.RuleFileLoader;
import dev.configunit.source.SourceKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.opentest4j.AssertionFailedError;

/**
 * A team's own rule pack through {@link Constants#RULES_PROPERTY_NAME}: the example {@code samples/rules/acme-policy.yaml}
 * (rules.md "Rule file format") adds its rules as tests beside the built-in ones, and a malformed rule file stops
 * discovery with an error that names the file, line and column.
 */
class UserRulePackTests {

    /** The example pack, read from the project (Maven runs the tests in the project directory). */
    private static final Path ACME = Path.of("samples", "rules", "acme-policy.yaml");

    private static final String ALLOWED = "acme/allowed-registries";
    private static final String OFF_THE_LIST = " is not on the allow-list: CI may only use registry.acme.io and Docker Hub";

    @TempDir
    Path root;

    private CredentialTree tree;

    @BeforeEach
    void setUp() {
        tree = new CredentialTree(root);
    }

    /**
     * A tree that every built-in rule passes (empty entries filled by the ecr-login store or helper), with one
     * registry off ACME's allow-list in each kind of source the rule applies to.
     */
    private void writeTreeWithOneUnlistedRegistryPerSource() {
        tree.write("ci/.docker/config.json", """
                {
                  "auths": {
                    "registry.acme.io": {},
                    "ghcr.io": {},
                    "https://index.docker.io/v1/": {}
                  },
                  "credsStore": "ecr-login"
                }
                """);
        tree.write("build/containers/auth.json", """
                {
                  "auths": {"quay.io": {}, "registry.acme.io": {}},
                  "credHelpers": {"quay.io": "ecr-login", "registry.acme.io": "ecr-login"}
                }
                """);
        tree.write(".gitlab-ci.yml", """
                variables:
                  DOCKER_AUTH_CONFIG: '{"auths": {"registry.acme.io": {}, "docker.io": {}}, "credsStore": "ecr-login"}'
                """);
    }

    @Test
    void theExamplePackFailsTheAllowedRegistriesTestOfEachSourceAtTheUnlistedKey() {
        writeTreeWithOneUnlistedRegistryPerSource();

        EngineExecutionResults results = engine(ACME).execute();

        results.testEvents().assertThatEvents()
                .haveExactly(1, event(rule(ALLOWED), finishedWithFailure(instanceOf(AssertionFailedError.class),
                        message("ci/.docker/config.json:4:5: error " + ALLOWED + " Registry \"ghcr.io\"" + OFF_THE_LIST))))
                .haveExactly(1, event(rule(ALLOWED), finishedWithFailure(instanceOf(AssertionFailedError.class),
                        message("build/containers/auth.json:2:13: error " + ALLOWED + " Registry \"quay.io\""
                                + OFF_THE_LIST))))
                // In the CI file, at the key's line and column in the YAML.
                .haveExactly(1, event(rule(ALLOWED), finishedWithFailure(instanceOf(AssertionFailedError.class),
                        message(".gitlab-ci.yml:2:59: error " + ALLOWED + " Registry \"docker.io\"" + OFF_THE_LIST))));
        // Nothing else fails: the built-in rules and the pack's other rules pass on this tree.
        assertThat(ReportedFinding.failuresOf(results)).extracting(ReportedFinding::rule).containsOnly(ALLOWED);
        results.testEvents().assertThatEvents()
                .haveExactly(1, event(rule("acme/creds-store-ecr"), finishedSuccessfully()))
                .haveExactly(1, event(rule("acme/creds-store-required"), finishedSuccessfully()));
    }

    @Test
    void theExamplePackAddsItsRulesAsTestsToTheSourcesTheyApplyTo() throws RuleFileException {
        writeTreeWithOneUnlistedRegistryPerSource();
        List<Rule> acme = RuleFileLoader.withUserRules(List.of(ACME)).rules().stream()
                .filter(r -> r.id().startsWith("acme/")).toList();
        assertThat(acme).extracting(Rule::id).contains(ALLOWED, "acme/creds-store-ecr");

        TestDescriptor engine = engine(ACME).discover().getEngineDescriptor();

        Map<String, Integer> tests = new TreeMap<>();
        engine.getChildren().forEach(source -> tests.put(source.getDisplayName(), source.getChildren().size()));
        assertThat(tests).containsExactlyInAnyOrderEntriesOf(Map.of(
                "ci/.docker/config.json", expectedTests(SourceKind.DOCKER_CONFIG, acme),
                "build/containers/auth.json", expectedTests(SourceKind.CONTAINERS_AUTH, acme),
                ".gitlab-ci.yml#/variables/DOCKER_AUTH_CONFIG", expectedTests(SourceKind.DOCKER_AUTH_CONFIG, acme)));
        // A user rule's test carries the rule's tags and level, to be filtered on like the built-in ones.
        assertThat(engine.getDescendants()).filteredOn(d -> RuleConditions.ruleIdOf(d).equals(ALLOWED)).hasSize(3)
                .allSatisfy(test -> assertThat(test.getTags()).contains(TestTag.create("policy"), TestTag.create("error")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an unknown check function|check: pattern|check: patern|patern|unknown check function \"patern\"",
            "an unknown level|level: warning|level: fatal|fatal|\"level\" does not have a value in the enumeration"})
    void aMalformedRuleInThePackIsAnErrorDiscoveryIssueNamingFileLineAndColumn(String fault, String original,
            String broken, String offending, String problem) throws IOException {
        tree.write("ci/.docker/config.json", "{\"auths\": {}, \"credsStore\": \"ecr-login\"}");
        String text = Files.readString(ACME, StandardCharsets.UTF_8);
        assertThat(text).as("the example pack").contains(original);
        String malformed = text.replaceFirst(java.util.regex.Pattern.quote(original), broken);
        Path rules = tree.write("rules/acme-policy.yaml", malformed);
        FilePosition at = positionOf(malformed, broken, offending);

        EngineDiscoveryResults results = engine(rules).discover();

        assertThat(results.getDiscoveryIssues()).as(fault).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.ERROR);
            assertThat(issue.message()).contains(rules + ":" + at.getLine() + ":" + at.getColumn().orElseThrow() + ": ")
                    .contains(problem);
            assertThat(issue.source()).contains(FileSource.from(rules.toFile(), at));
        });
        // No half-loaded rule set: nothing is run.
        assertThat(results.getEngineDescriptor().getChildren()).isEmpty();
    }

    private static int expectedTests(SourceKind kind, List<Rule> userRules) {
        return BuiltInRules.countFor(kind) + (int) userRules.stream().filter(r -> r.appliesTo(kind)).count();
    }

    /** Where {@code offending} is written on the (first) line that reads {@code line}. */
    private static FilePosition positionOf(String text, String line, String offending) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int at = lines[i].indexOf(line);
            if (at >= 0) {
                return FilePosition.from(i + 1, lines[i].indexOf(offending, at) + 1);
            }
        }
        throw new IllegalArgumentException("no line with " + line);
    }

    private EngineTestKit.Builder engine(Path rules) {
        return EngineTestKit.engine(Constants.ENGINE_ID)
                .selectors(selectDirectory(root.toFile()))
                .configurationParameter(Constants.RULES_PROPERTY_NAME, rules.toString());
    }
}
