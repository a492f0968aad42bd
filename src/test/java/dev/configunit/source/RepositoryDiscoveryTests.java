package dev.configunit.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which files are credential sources (product.md "Discovery"), and that the walk never hangs or escapes.
 */
class RepositoryDiscoveryTests {

    @TempDir
    Path tree;

    @Test
    void findsDockerConfigAtAnyDepthWhateverItHolds() throws IOException {
        write(".docker/config.json", "{}");
        write("a/b/c/.docker/config.json", "not even json");

        assertThat(paths(RepositoryDiscovery.discover(tree)))
                .containsExactly(".docker/config.json", "a/b/c/.docker/config.json");
    }

    @Test
    void findsAnyJsonWhoseTopLevelHasAuthsCredsStoreOrCredHelpersInAnyCase() throws IOException {
        write("ci/registry-auth.json", "{\"auths\": {}}");
        write("ci/store.json", "{\"credsStore\": \"pass\"}");
        write("ci/helpers.json", "{\"credHelpers\": {\"gcr.io\": \"gcloud\"}}");
        write("ci/go-folds-case.json", "{\"AUTHS\": {}}");

        assertThat(paths(RepositoryDiscovery.discover(tree))).containsExactly(
                "ci/go-folds-case.json", "ci/helpers.json", "ci/registry-auth.json", "ci/store.json");
    }

    @Test
    void neverTakesAnUnrelatedJsonFile() throws IOException {
        write("config.json", "{\"port\": 8080, \"auth\": {\"provider\": \"oidc\"}}");
        write("app/config.json", "{\"nested\": {\"auths\": {}}}");
        write("docs/example.json", "[\"auths\", \"credsStore\"]");
        write("notes.txt", "{\"auths\": {}}");

        assertThat(RepositoryDiscovery.discover(tree).sources()).isEmpty();
    }

    @Test
    void takesABrokenJsonFileThatNamesACredentialKey() throws IOException {
        write("deploy/auth.json", "{\"auths\": {\"x\": {},}}");

        RepositoryDiscovery.Result result = RepositoryDiscovery.discover(tree);

        assertThat(paths(result)).containsExactly("deploy/auth.json");
        assertThat(result.sources().get(0).kind()).isEqualTo(SourceKind.CONTAINERS_AUTH);
    }

    @Test
    void podmanAuthJsonInAContainersDirectoryIsAContainersAuthSource() throws IOException {
        write("home/.config/containers/auth.json", "{}");

        RepositoryDiscovery.Result result = RepositoryDiscovery.discover(tree);

        assertThat(result.sources()).singleElement()
                .satisfies(source -> assertThat(source.kind()).isEqualTo(SourceKind.CONTAINERS_AUTH));
    }

    @Test
    void skipsTheGitDirectory() throws IOException {
        write(".git/refs/.docker/config.json", "{}");
        write(".git/config.json", "{\"auths\": {}}");

        assertThat(RepositoryDiscovery.discover(tree).sources()).isEmpty();
    }

    @Test
    void followsASymbolicLinkInsideTheRootButNotOneThatEscapesIt() throws IOException {
        Path inside = write("real/registry.json", "{\"auths\": {}}");
        Files.createDirectories(tree.resolve("inside/.docker"));
        Files.createSymbolicLink(tree.resolve("inside/.docker/config.json"), inside);
        Path outside = Files.createTempFile("configunit-outside", ".json");
        Files.writeString(outside, "{\"auths\": {}}");
        Files.createDirectories(tree.resolve("escape/.docker"));
        Files.createSymbolicLink(tree.resolve("escape/.docker/config.json"), outside);

        RepositoryDiscovery.Result result = RepositoryDiscovery.discover(tree);

        assertThat(paths(result)).containsExactly("inside/.docker/config.json", "real/registry.json");
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("escape/.docker/config.json");
            assertThat(problem.message()).contains("outside the scanned root");
        });
        Files.delete(outside);
    }

    @Test
    void doesNotFollowDirectoryLinksSoALoopCannotHangTheWalk() throws IOException {
        write("a/.docker/config.json", "{}");
        Files.createSymbolicLink(tree.resolve("a/loop"), tree.resolve("a"));

        assertThat(paths(RepositoryDiscovery.discover(tree))).containsExactly("a/.docker/config.json");
    }

    @Test
    @Timeout(10)
    void reportsAndSkipsAFifoWithoutBlocking() throws Exception {
        Files.createDirectories(tree.resolve(".docker"));
        Path fifo = tree.resolve(".docker/config.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(5, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available");
        Path other = tree.resolve("pipe.json");
        new ProcessBuilder("mkfifo", other.toString()).start().waitFor();

        RepositoryDiscovery.Result result = RepositoryDiscovery.discover(tree);

        assertThat(result.sources()).isEmpty();
        assertThat(result.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("not a regular file"));
        assertThat(RepositoryDiscovery.discover(fifo).problems()).hasSize(1);
    }

    @Test
    void aNamedFileIsASourceOnlyIfItIsACredentialFile() throws IOException {
        Path credentials = write("ci/registry.json", "{\"credHelpers\": {}}");
        Path unrelated = write("ci/package.json", "{\"name\": \"x\"}");

        assertThat(RepositoryDiscovery.discover(credentials).sources()).hasSize(1);
        assertThat(RepositoryDiscovery.discover(unrelated).sources()).isEmpty();
        assertThat(RepositoryDiscovery.discover(tree.resolve("missing.json")).problems()).hasSize(1);
    }

    @Test
    void sourcesAreSortedByPathForDeterministicReports() throws IOException {
        write("z/.docker/config.json", "{}");
        write("a/.docker/config.json", "{}");
        write("m/.docker/config.json", "{}");

        assertThat(paths(RepositoryDiscovery.discover(tree)))
                .containsExactly("a/.docker/config.json", "m/.docker/config.json", "z/.docker/config.json");
    }

    @Test
    void aLargeUnrelatedJsonFileIsSkippedQuickly() throws IOException {
        write("data/big.json", "[" + "1,".repeat(3_000_000) + "1]");

        assertThat(RepositoryDiscovery.discover(tree).sources()).isEmpty();
    }

    private static List<String> paths(RepositoryDiscovery.Result result) {
        return result.sources().stream().map(CredentialSource::displayPath).toList();
    }

    private Path write(String relative, String content) throws IOException {
        Path file = tree.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }
}
