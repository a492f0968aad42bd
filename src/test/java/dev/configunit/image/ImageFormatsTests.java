package dev.configunit.image;

import static dev.configunit.image.ImageScanning.lines;
import static dev.configunit.image.ImageScanning.ofRule;
import static dev.configunit.image.ImageScanning.scan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.configunit.lint.ScanResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every image format the scanner reads gives the same findings (images.md "Inputs"; reference/images.md §1.2,
 * §5.2 fixture list).
 */
class ImageFormatsTests {

    @TempDir
    Path dir;

    /** Layer 1 logs in as root, layer 2 deletes the file: one visible-then-deleted credential file. */
    static TestImage loginThenDelete() {
        return TestImage.create()
                .layer("RUN docker login", l -> l.dir("root", 0700, 0).dir("root/.docker", 0700, 0)
                        .file("root/.docker/config.json", TestImage.dockerLoginConfig("registry.example.test", "u:FAKE-1"), 0600, 0)
                        .dir("home", 0755, 0).dir("home/ci", 0755, 1000).dir("home/ci/.docker", 0700, 1000)
                        .file("home/ci/.docker/config.json", TestImage.dockerLoginConfig("registry.example.test", "ci:FAKE-2"), 0600, 1000))
                .layer("RUN rm /root/.docker/config.json", l -> l.whiteout("root/.docker/config.json"));
    }

    private static void assertTheFixturesFindings(ScanResult result, String image) {
        assertThat(ofRule(result, "docker/secret-in-image-history")).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo(image + "!/root/.docker/config.json"));
        assertThat(ofRule(result, "docker/inline-credentials")).extracting(f -> f.path())
                .containsExactlyInAnyOrder(image + "!/home/ci/.docker/config.json", image + "!/root/.docker/config.json");
        assertThat(ofRule(result, "docker/image-integrity")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestImage.DockerShape.class)
    void dockerSaveAndCraneTarsAreRead(TestImage.DockerShape shape) throws IOException {
        Path tar = loginThenDelete().writeDockerArchive(dir.resolve(shape + ".tar"), shape);

        assertTheFixturesFindings(scan(tar.toString()), tar.toString());
        assertTheFixturesFindings(scan("docker-archive:" + tar), "docker-archive:" + tar);
        assertTheFixturesFindings(scan("docker-archive:" + tar + ":fixture:1"), "docker-archive:" + tar + ":fixture:1");
    }

    @ParameterizedTest
    @EnumSource(TestImage.DockerShape.class)
    void dockerSaveCompressedAsAWholeIsStreamed(TestImage.DockerShape shape) throws IOException {
        Path tar = loginThenDelete().writeGzippedDockerArchive(dir.resolve(shape + ".tar.gz"), shape);

        assertTheFixturesFindings(scan(tar.toString()), tar.toString());
    }

    @Test
    void ociLayoutDirectoryAndArchiveAreRead() throws IOException {
        Path layout = loginThenDelete().writeOciDirectory(dir.resolve("layout"));
        Path archive = loginThenDelete().writeOciArchive(dir.resolve("oci.tar"));

        assertTheFixturesFindings(scan("oci:" + layout), "oci:" + layout);
        assertTheFixturesFindings(scan("oci:" + layout + ":fixture"), "oci:" + layout + ":fixture");
        assertTheFixturesFindings(scan(layout.toString()), layout.toString());
        assertTheFixturesFindings(scan("oci-archive:" + archive), "oci-archive:" + archive);
        assertTheFixturesFindings(scan(archive.toString()), archive.toString());
    }

    @ParameterizedTest
    @EnumSource(TestImage.Compression.class)
    void layersAreDecodedByTheirMagicBytes(TestImage.Compression compression) throws IOException {
        Path archive = loginThenDelete().compression(compression).writeOciArchive(dir.resolve("oci.tar"));

        assertTheFixturesFindings(scan(archive.toString()), archive.toString());
    }

    @Test
    void longPaxNamesAndBase256UidsAreHonoured() throws IOException {
        String deep = "home/" + "very-long-directory-name/".repeat(6) + ".docker";
        Path archive = TestImage.create()
                .layer("COPY . /", l -> l.dir(deep, 0700, 3_000_000)
                        .file(deep + "/config.json", TestImage.dockerLoginConfig("r.example", "u:FAKE"), 0640, 3_000_000))
                .writeOciArchive(dir.resolve("oci.tar"));

        ScanResult result = scan(archive.toString());

        assertThat(ofRule(result, "docker/file-permissions")).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo(archive + "!/" + deep + "/config.json");
            assertThat(f.message()).startsWith("The file is mode 0640");
        });
    }

    @Test
    void hardLinkToACredentialFileIsReadFromItsTarget() throws IOException {
        Path archive = TestImage.create()
                .layer("COPY . /", l -> l.file("root/.docker/config.json", TestImage.dockerLoginConfig("r.example", "u:FAKE"), 0600, 0)
                        .dir("home/ci/.docker", 0700, 1000).hardlink("home/ci/.docker/config.json", "root/.docker/config.json"))
                .writeOciArchive(dir.resolve("oci.tar"));

        assertThat(ofRule(scan(archive.toString()), "docker/inline-credentials")).extracting(f -> f.path())
                .containsExactlyInAnyOrder(archive + "!/root/.docker/config.json", archive + "!/home/ci/.docker/config.json");
    }

    @Test
    void namesWithDotSlashAndDuplicateEntriesAreNormalisedLastOneWins() throws IOException {
        Path archive = TestImage.create()
                .layer("COPY . /", l -> l.file("./root/.docker/config.json", TestImage.dockerLoginConfig("r.example", "u:FAKE"), 0600, 0)
                        .file("root/.docker/config.json", "{\"credsStore\":\"pass\"}", 0600, 0))
                .layer("RUN install", l -> l.file("usr/bin/docker-credential-pass", "x", 0755, 0))
                .writeOciArchive(dir.resolve("oci.tar"));

        assertThat(lines(scan(archive.toString()))).isEmpty();
    }

    @Test
    void severalImagesAreScannedInOrder() throws IOException {
        Path a = loginThenDelete().writeOciArchive(dir.resolve("a.tar"));
        Path b = loginThenDelete().writeDockerArchive(dir.resolve("b.tar"), TestImage.DockerShape.LEGACY);

        ScanResult result = scan(a.toString(), b.toString());

        assertThat(ofRule(result, "docker/secret-in-image-history")).extracting(f -> f.path())
                .containsExactly(a + "!/root/.docker/config.json", b + "!/root/.docker/config.json");
    }

    @Test
    void inputsAreLeftUntouched() throws IOException {
        Path archive = loginThenDelete().writeGzippedDockerArchive(dir.resolve("image.tar.gz"), TestImage.DockerShape.CRANE);
        byte[] before = Files.readAllBytes(archive);
        long modified = Files.getLastModifiedTime(archive).toMillis();

        scan(archive.toString());

        assertThat(Files.readAllBytes(archive)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(archive).toMillis()).isEqualTo(modified);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(archive);
        }
    }
}
