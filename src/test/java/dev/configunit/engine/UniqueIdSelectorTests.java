package dev.configunit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.opentest4j.AssertionFailedError;

/**
 * Re-selecting by unique id, what IDEs and Surefire's re-runs do: mandatory for every id the engine generates
 * (engines.adoc).
 */
class UniqueIdSelectorTests {

    @TempDir
    Path root;

    @BeforeEach
    void setUp() {
        CredentialTree tree = new CredentialTree(root);
        tree.write("home/.docker/config.json", """
                {
                  "auths": {
                    "docker.io": {},
                    "https://registry.example.com/v2/": {}
                  }
                }
                """);
        tree.write("ci/login.json", "{\"auths\": {\"registry.example.com\": {}},}");
        tree.write("containers/auth.json", "{\"auths\": {\"quay.io\": {}}}");
        tree.write("dir with spaces/[odd]:name%.json", "{\"credHelpers\": {\"gcr.io\": \"gcloud\"}}");
        tree.write("legacy/.dockercfg", "{\"https://registry.example.com/v1/\": {}}");
        // Two sources in one file, one in a job whose name needs encoding in a unique id and a JSON pointer.
        tree.write("ci/.gitlab-ci.yml", """
                variables:
                  DOCKER_AUTH_CONFIG: '{"auths": {"docker.io": {}}}'
                "build/x~y #1":
                  variables:
                    DOCKER_AUTH_CONFIG:
                      value: '{"auths": {"registry.example.com:443": {}}}'
                  script: [make]
                """);
    }

    @Test
    void everyGeneratedUniqueIdReDiscoversExactlyThatNode() {
        TestDescriptor original = discover(selectDirectory(root.toFile())).getEngineDescriptor();
        List<TestDescriptor> nodes = new ArrayList<>(original.getDescendants());
        assertThat(original.getChildren()).as("sources").hasSize(7);

        SoftAssertions softly = new SoftAssertions();
        for (TestDescriptor node : nodes) {
            TestDescriptor rediscovered = discover(selectUniqueId(node.getUniqueId())).getEngineDescriptor();
            Set<UniqueId> expected = new LinkedHashSet<>();
            node.getAncestors().forEach(a -> expected.add(a.getUniqueId()));
            descendantsAndSelf(node).forEach(d -> expected.add(d.getUniqueId()));

            softly.assertThat(idsOf(rediscovered)).as("tree re-discovered from %s", node.getUniqueId())
                    .containsExactlyInAnyOrderElementsOf(expected);
            rediscovered.findByUniqueId(node.getUniqueId()).ifPresentOrElse(found -> {
                softly.assertThat(found.getType()).as("type of %s", node.getUniqueId()).isEqualTo(node.getType());
                softly.assertThat(found.getSource()).as("source of %s", node.getUniqueId()).isEqualTo(node.getSource());
            }, () -> softly.fail("%s was not re-discovered", node.getUniqueId()));
        }
        softly.assertAll();
    }

    @Test
    void aRuleUniqueIdRunsOnlyThatRule() {
        TestDescriptor hubKey = discover(selectDirectory(root.toFile())).getEngineDescriptor().getDescendants()
                .stream()
                .filter(d -> RuleConditions.ruleIdOf(d).equals("docker/hub-key"))
                .filter(d -> d.getParent().orElseThrow().getDisplayName().equals("home/.docker/config.json"))
                .findFirst()
                .orElseThrow();

        EngineExecutionResults results = EngineTestKit.engine(Constants.ENGINE_ID)
                .selectors(selectUniqueId(hubKey.getUniqueId()))
                .execute();

        assertThat(results.testEvents().started().count()).isEqualTo(1);
        assertThat(results.testEvents().skipped().count()).isZero();
        results.testEvents().assertThatEvents().haveExactly(1,
                event(RuleConditions.rule("docker/hub-key"), finishedWithFailure(instanceOf(AssertionFailedError.class))));
        assertThat(results.containerEvents().started().count()).as("engine and one source").isEqualTo(2);
    }

    @Test
    void aSourceUniqueIdRunsAllRulesOfThatSourceOnly() {
        TestDescriptor source = discover(selectDirectory(root.toFile())).getEngineDescriptor().getChildren().stream()
                .filter(d -> d.getDisplayName().equals("ci/login.json"))
                .findFirst()
                .orElseThrow();

        EngineExecutionResults results = EngineTestKit.engine(Constants.ENGINE_ID)
                .selectors(selectUniqueId(source.getUniqueId()))
                .execute();

        assertThat(results.testEvents().failed().count()).as("docker/json-syntax").isEqualTo(1);
        assertThat(results.testEvents().skipped().count()).isEqualTo(source.getChildren().size() - 1L);
    }

    @Test
    void aUniqueIdOfAnotherEngineIsNotResolved() {
        UniqueId jupiter = UniqueId.forEngine("junit-jupiter").append("class", "x.Y");

        assertThat(discover(selectUniqueId(jupiter)).getEngineDescriptor().getChildren()).isEmpty();
    }

    @Test
    void aUniqueIdOfAnUnknownRuleIsNotResolved() {
        TestDescriptor source = discover(selectDirectory(root.toFile())).getEngineDescriptor().getChildren()
                .iterator().next();

        UniqueId unknown = source.getUniqueId().append(RuleDescriptor.SEGMENT, "acme/no-such-rule");

        assertThat(discover(selectUniqueId(unknown)).getEngineDescriptor().getDescendants())
                .noneMatch(d -> d.getType() == TestDescriptor.Type.TEST);
    }

    private static EngineDiscoveryResults discover(DiscoverySelector selector) {
        return EngineTestKit.engine(Constants.ENGINE_ID).selectors(selector).discover();
    }

    private static List<TestDescriptor> descendantsAndSelf(TestDescriptor node) {
        List<TestDescriptor> all = new ArrayList<>();
        all.add(node);
        all.addAll(node.getDescendants());
        return all;
    }

    private static List<UniqueId> idsOf(TestDescriptor engine) {
        return descendantsAndSelf(engine).stream().map(TestDescriptor::getUniqueId).toList();
    }
}
