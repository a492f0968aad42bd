package dev.configunit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.configunit.source.CredentialSource;
import dev.configunit.source.Origin;
import dev.configunit.source.SourceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where report files say a credential file is: relative to the working directory, never an absolute machine path.
 */
class ArtifactPathTests {

    @TempDir
    Path root;

    @Test
    void aFileUnderTheWorkingDirectoryIsItsRelativePathWhateverTheScannedRoot() {
        Path file = Scans.write(root, "repo/samples/.docker/config.json", "{}");

        ArtifactPath path = ArtifactPath.of(source(file, ".docker/config.json"), root.resolve("repo"));

        assertThat(path.path()).isEqualTo("samples/.docker/config.json");
        assertThat(path.nested()).isFalse();
    }

    @Test
    void aFileOutsideTheWorkingDirectoryIsReachedWithDotDotSegments() {
        Path file = Scans.write(root, "shared/fixtures/config.json", "{}");
        Path workingDirectory = root.resolve("project");

        ArtifactPath path = ArtifactPath.of(source(file, file.toString()), workingDirectory);

        assertThat(path.path()).isEqualTo("../shared/fixtures/config.json");
        assertThat(path.uri()).doesNotContain(root.toString());
    }

    @Test
    void aSymbolicallyLinkedWorkingDirectoryStillGivesARelativePath() throws Exception {
        Path file = Scans.write(root, "real/.docker/config.json", "{}");
        Path link = Files.createSymbolicLink(root.resolve("link"), root.resolve("real"));

        ArtifactPath path = ArtifactPath.of(source(file, ".docker/config.json"), link);

        assertThat(path.path()).isEqualTo(".docker/config.json");
    }

    @Test
    void theUriPercentEncodesWhatAUriPathCannotHold() {
        assertThat(ArtifactPath.encode("a b/c#d/ü?/50%/x:y/k8s@1/it's+ok.json"))
                .isEqualTo("a%20b/c%23d/%C3%BC%3F/50%25/x:y/k8s@1/it's+ok.json");
        assertThat(ArtifactPath.encode("c:/config.json")).as("no scheme in the first segment")
                .isEqualTo("c%3A/config.json");
    }

    @Test
    void aFileInAnImageIsTheImageAndThePathInside() {
        Path extracted = Scans.write(root, "tmp/x/config.json", "{}");
        CredentialSource source = new CredentialSource(extracted,
                root.resolve("images/ci.tar") + "!/root/.docker/config.json", SourceKind.DOCKER_CONFIG, Origin.IMAGE);

        ArtifactPath path = ArtifactPath.of(source, root);

        assertThat(path.path()).isEqualTo("images/ci.tar");
        assertThat(path.nestedPath()).isEqualTo("/root/.docker/config.json");
        assertThat(path.nestedUri()).isEqualTo("root/.docker/config.json");
    }

    @Test
    void anImageOutsideTheWorkingDirectoryIsNamedByItsFileNameOnly() {
        CredentialSource source = new CredentialSource(root.resolve("x.json"),
                "/var/tmp/build-42/ci.tar!/root/.docker/config.json", SourceKind.DOCKER_CONFIG, Origin.IMAGE);

        assertThat(ArtifactPath.of(source, root).path()).isEqualTo("ci.tar");
    }

    private static CredentialSource source(Path file, String display) {
        return new CredentialSource(file, display, SourceKind.DOCKER_CONFIG, Origin.REPOSITORY);
    }
}
