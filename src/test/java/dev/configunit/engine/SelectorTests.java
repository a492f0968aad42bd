package dev.configunit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** File, class-path-root and class selectors, and the {@code configunit.paths} fallback for Surefire. */
class SelectorTests {

    private static final String HELPER_ONLY = "{\"auths\": {\"registry.example.com\": {}}, \"credsStore\": \"desktop\"}";

    @TempDir
    Path root;

    private CredentialTree tree;

    @BeforeEach
    void setUp() {
        tree = new CredentialTree(root);
    }

    @Test
    void fileSelectorDiscoversJustThatFile() {
        Path selected = tree.write("a/.docker/config.json", HELPER_ONLY);
        tree.write("b/.docker/config.json", HELPER_ONLY);

        EngineDiscoveryResults results = engine().selectors(selectFile(selected.toFile())).discover();

        assertThat(results.getEngineDescriptor().getChildren()).singleElement().satisfies(source -> {
            assertThat(source.getSource()).contains(FileSource.from(selected.toFile()));
            assertThat(source.getChildren()).hasSize(BuiltInRules.forDockerConfig());
        });
    }

    @Test
    void fileSelectorOnAnApplicationsConfigJsonDiscoversNothing() {
        Path app = tree.write("app/config.json", "{\"port\": 8080}");

        EngineDiscoveryResults results = engine().selectors(selectFile(app.toFile())).discover();

        assertThat(results.getEngineDescriptor().getChildren()).isEmpty();
        assertThat(results.getDiscoveryIssues()).isEmpty();
    }

    @Test
    void fileSelectorOnACredentialFileWithoutJsonSuffixDiscoversIt() {
        Path named = tree.write("ci/dockerauth", "{\"auths\": {\"registry.example.com\": {}}}");

        EngineDiscoveryResults results = engine().selectors(selectFile(named.toFile())).discover();

        assertThat(results.getEngineDescriptor().getChildren()).hasSize(1);
    }

    @Test
    void classpathRootSelectorOnADirectoryDiscoversItsCredentialFiles() {
        tree.write("resources/.docker/config.json", HELPER_ONLY);
        tree.write("resources/app/config.json", "{\"port\": 8080}");

        EngineDiscoveryResults results = engine()
                .selectors(selectClasspathRoots(Set.of(root.resolve("resources"))))
                .discover();

        assertThat(sourcePaths(results)).containsExactly(".docker/config.json");
    }

    @Test
    void withoutPathsTheEngineHasNoClassSourceAndIgnoresClassSelectors() {
        tree.write(".docker/config.json", HELPER_ONLY);

        EngineDiscoveryResults results = engine().selectors(selectClass(SelectorTests.class)).discover();

        assertThat(results.getEngineDescriptor().getSource()).isEmpty();
        assertThat(results.getEngineDescriptor().getChildren()).isEmpty();
    }

    @Test
    void pathsParameterTurnsAClassSelectorIntoTheConfiguredPaths() {
        tree.write("repo/.docker/config.json", HELPER_ONLY);
        Path file = tree.write("elsewhere/login.json", HELPER_ONLY);

        EngineDiscoveryResults results = engine()
                .configurationParameter(Constants.PATHS_PROPERTY_NAME, root.resolve("repo") + "," + file)
                .selectors(selectClass(SelectorTests.class))
                .discover();

        assertThat(results.getEngineDescriptor().getChildren())
                .extracting(d -> d.getSource().orElseThrow())
                .containsExactlyInAnyOrder(FileSource.from(root.resolve("repo/.docker/config.json").toFile()),
                        FileSource.from(file.toFile()));
    }

    @Test
    void pathsParameterGivesTheEngineDescriptorAClassSourceForSurefire() {
        tree.write(".docker/config.json", HELPER_ONLY);

        EngineDiscoveryResults results = engine()
                .configurationParameter(Constants.PATHS_PROPERTY_NAME, root.toString())
                .selectors(selectClass(SelectorTests.class))
                .discover();

        assertThat(results.getEngineDescriptor().getSource()).contains(ClassSource.from(ConfigUnitTestEngine.class));
    }

    @Test
    void pathsParameterLeavesAReRunByUniqueIdToThatUniqueId() {
        tree.write("a/.docker/config.json", HELPER_ONLY);
        tree.write("b/.docker/config.json", HELPER_ONLY);
        TestDescriptor rule = engine().configurationParameter(Constants.PATHS_PROPERTY_NAME, root.toString())
                .selectors(selectClass(SelectorTests.class)).discover()
                .getEngineDescriptor().getChildren().iterator().next().getChildren().iterator().next();

        EngineDiscoveryResults rerun = engine().configurationParameter(Constants.PATHS_PROPERTY_NAME, root.toString())
                .selectors(selectUniqueId(rule.getUniqueId()))
                .discover();

        assertThat(rerun.getEngineDescriptor().getDescendants()).extracting(TestDescriptor::getUniqueId)
                .containsExactlyInAnyOrder(rule.getParent().orElseThrow().getUniqueId(), rule.getUniqueId());
    }

    @Test
    void pathsParameterNamingAMissingPathIsAWarningNotACrash() {
        tree.write(".docker/config.json", HELPER_ONLY);

        EngineDiscoveryResults results = engine()
                .configurationParameter(Constants.PATHS_PROPERTY_NAME, root + "," + root.resolve("missing.json"))
                .selectors(selectClass(SelectorTests.class))
                .discover();

        assertThat(results.getEngineDescriptor().getChildren()).hasSize(1);
        assertThat(results.getDiscoveryIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.WARNING);
            assertThat(issue.message()).contains("missing.json");
        });
    }

    private static EngineTestKit.Builder engine() {
        return EngineTestKit.engine(Constants.ENGINE_ID);
    }

    private static List<String> sourcePaths(EngineDiscoveryResults results) {
        return results.getEngineDescriptor().getChildren().stream().map(TestDescriptor::getDisplayName).toList();
    }
}
