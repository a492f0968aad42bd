package dev.configunit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Test sources, so that IDEs jump from a failed test to the line and column of the finding. */
class TestSourceTests {

    @TempDir
    Path root;

    private Path file;
    private TestDescriptor source;

    @BeforeEach
    void setUp() {
        file = new CredentialTree(root).write(".docker/config.json", """
                {
                  "auths": {
                    "https://registry.example.com": {},
                    "docker.io": {},
                  \t"index.docker.io": {"auth": "dXNlcjpwYXNz"}
                  }
                }
                """.replace(",\n  \t", ",\n\t"));
        source = EngineTestKit.engine(Constants.ENGINE_ID).selectors(selectDirectory(root.toFile())).discover()
                .getEngineDescriptor().getChildren().iterator().next();
    }

    @Test
    void aSourceContainerPointsAtItsFileWithoutAPosition() {
        assertThat(source.getSource()).contains(FileSource.from(file.toFile()));
    }

    @Test
    void aFailingRulePointsAtTheLineAndColumnOfItsFirstFinding() {
        // docker.io (4:5) comes before index.docker.io (5:2): the first finding in file order.
        assertThat(sourceOf("docker/hub-key")).isEqualTo(FileSource.from(file.toFile(), FilePosition.from(4, 5)));
    }

    @Test
    void aPositionCountsATabAsOneColumn() {
        assertThat(sourceOf("docker/inline-credentials"))
                .isEqualTo(FileSource.from(file.toFile(), FilePosition.from(5, 30)));
    }

    @Test
    void aRuleWithOnlyAWarningPointsAtThatWarning() {
        assertThat(sourceOf("docker/registry-key")).isEqualTo(FileSource.from(file.toFile(), FilePosition.from(3, 5)));
    }

    @Test
    void aPassingRulePointsAtItsFileWithoutAPosition() {
        assertThat(sourceOf("docker/auth-base64")).isEqualTo(FileSource.from(file.toFile()));
    }

    @Test
    void aJsonSyntaxErrorPointsAtTheOffendingCharacter() {
        Path broken = new CredentialTree(root).write("broken/login.json", "{\n  \"auths\": {\n    \"a\": {}\n  },\n}\n");

        TestDescriptor brokenSource = EngineTestKit.engine(Constants.ENGINE_ID)
                .selectors(selectDirectory(broken.getParent().toFile())).discover()
                .getEngineDescriptor().getChildren().iterator().next();

        assertThat(brokenSource.getChildren()).filteredOn(d -> RuleConditions.ruleIdOf(d).equals("docker/json-syntax"))
                .singleElement()
                .extracting(d -> d.getSource().orElseThrow())
                .isEqualTo(FileSource.from(broken.toFile(), FilePosition.from(5, 1)));
    }

    private TestSource sourceOf(String ruleId) {
        return source.getChildren().stream()
                .filter(d -> RuleConditions.ruleIdOf(d).equals(ruleId))
                .findFirst()
                .flatMap(TestDescriptor::getSource)
                .orElseThrow();
    }
}
