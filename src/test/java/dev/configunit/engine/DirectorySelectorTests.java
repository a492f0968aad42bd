package dev.configunit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineTestKit;

class DirectorySelectorTests {

    private static final String HELPER_ONLY = """
            {
              "auths": {"registry.example.com": {}},
              "credsStore": "desktop"
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
    void findsDockerConfigJsonAtAnyDepthWhateverItHolds() {
        tree.write(".docker/config.json", "{}");
        tree.write("a/b/c/d/.docker/config.json", "{\"psFormat\": \"table\"}");

        assertThat(sourcePaths(discover(root))).containsExactly(".docker/config.json", "a/b/c/d/.docker/config.json");
    }

    @Test
    void findsAnyJsonFileWhoseTopLevelObjectHasAuths() {
        tree.write("ci/registry-login.json", HELPER_ONLY);
        tree.write("deploy/pull-secret.json", "{\"auths\": {}}");

        assertThat(sourcePaths(discover(root))).containsExactly("ci/registry-login.json", "deploy/pull-secret.json");
    }

    @Test
    void findsJsonFilesWithOnlyCredsStoreOrCredHelpers() {
        tree.write("store.json", "{\"credsStore\": \"desktop\"}");
        tree.write("helpers.json", "{\"credHelpers\": {\"gcr.io\": \"gcloud\"}}");

        assertThat(sourcePaths(discover(root))).containsExactly("helpers.json", "store.json");
    }

    @Test
    void givesNoContainerForAnApplicationsOwnConfigJson() {
        tree.write("app/config.json", "{\"port\": 8080, \"auth\": {\"mode\": \"oauth\"}, \"registry\": \"docker.io\"}");
        tree.write("app/settings/config.json", "[\"auths\"]");
        tree.write("app/package.json", "{\"name\": \"app\", \"version\": \"1.0.0\"}");

        EngineDiscoveryResults results = discover(root);

        assertThat(results.getEngineDescriptor().getChildren()).isEmpty();
        assertThat(results.getDiscoveryIssues()).isEmpty();
    }

    @Test
    void skipsEverythingUnderDotGit() {
        tree.write(".git/.docker/config.json", HELPER_ONLY);
        tree.write(".git/refs/registry-login.json", HELPER_ONLY);
        tree.write("src/.docker/config.json", HELPER_ONLY);

        assertThat(sourcePaths(discover(root))).containsExactly("src/.docker/config.json");
    }

    @Test
    void givesEachSourceOneTestPerApplicableRuleInRuleIdOrder() {
        tree.write(".docker/config.json", HELPER_ONLY);

        TestDescriptor source = single(discover(root).getEngineDescriptor().getChildren());

        assertThat(source.getType()).isEqualTo(TestDescriptor.Type.CONTAINER);
        assertThat(source.getChildren()).allSatisfy(test -> assertThat(test.getType()).isEqualTo(TestDescriptor.Type.TEST));
        assertThat(source.getChildren()).extracting(RuleConditions::ruleIdOf)
                .containsExactlyElementsOf(BuiltInRules.idsFor(dev.configunit.source.SourceKind.DOCKER_CONFIG))
                .contains("docker/auth-base64", "docker/hub-key", "docker/json-syntax", "docker/schema");
    }

    @Test
    void givesContainersAuthJsonOnlyTheRulesThatApplyToIt() {
        tree.write("containers/auth.json", "{\"auths\": {\"quay.io\": {}}}");

        TestDescriptor source = single(discover(root).getEngineDescriptor().getChildren());

        assertThat(source.getChildren()).extracting(RuleConditions::ruleIdOf)
                .contains("docker/hub-key", "docker/file-permissions")
                .doesNotContain("docker/schema");
    }

    @Test
    void namesEachSourceByItsPathRelativeToTheSelectedDirectory() {
        Path file = tree.write("home/.docker/config.json", HELPER_ONLY);

        TestDescriptor source = single(discover(root).getEngineDescriptor().getChildren());

        assertThat(source.getDisplayName()).isEqualTo("home/.docker/config.json");
        assertThat(source.getSource()).contains(FileSource.from(file.toFile()));
    }

    @Test
    void reportsAMissingDirectoryAsAWarningAndDiscoversNothing() {
        EngineDiscoveryResults results = discover(root.resolve("missing"));

        assertThat(results.getEngineDescriptor().getChildren()).isEmpty();
        assertThat(results.getDiscoveryIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.WARNING);
            assertThat(issue.message()).contains("missing").contains("no such file or directory");
        });
    }

    @Test
    @Timeout(30)
    void reportsAFifoNamedLikeACredentialFileAsAWarningWithoutBlockingOnIt() throws Exception {
        tree.write("ok/.docker/config.json", HELPER_ONLY);
        Path fifo = root.resolve("pipe/.docker/config.json");
        Files.createDirectories(fifo.getParent());
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");

        EngineDiscoveryResults results = discover(root);

        assertThat(sourcePaths(results)).containsExactly("ok/.docker/config.json");
        assertThat(results.getDiscoveryIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.WARNING);
            assertThat(issue.message()).contains("pipe/.docker/config.json").contains("not a regular file");
        });
    }

    private static EngineDiscoveryResults discover(Path directory) {
        // The String overload: the File one refuses a directory that does not exist before the engine sees it.
        return EngineTestKit.engine(Constants.ENGINE_ID).selectors(selectDirectory(directory.toString())).discover();
    }

    private static List<String> sourcePaths(EngineDiscoveryResults results) {
        return results.getEngineDescriptor().getChildren().stream().map(TestDescriptor::getDisplayName).toList();
    }

    private static TestDescriptor single(Collection<? extends TestDescriptor> descriptors) {
        assertThat(descriptors).hasSize(1);
        return descriptors.iterator().next();
    }
}
