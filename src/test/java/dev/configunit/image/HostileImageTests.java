package dev.configunit.image;

import static dev.configunit.image.ImageScanning.ofRule;
import static dev.configunit.image.ImageScanning.scan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.configunit.finding.Finding;
import dev.configunit.finding.Level;
import dev.configunit.lint.ScanResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and damaged images are findings of {@code docker/image-integrity}, never crashes, and the rest of the
 * image — and the next image — is still scanned (images.md "Hostile archives").
 */
class HostileImageTests {

    @TempDir
    Path dir;

    private static List<Finding> integrity(ScanResult result) {
        return ofRule(result, "docker/image-integrity");
    }

    private static TestImage withCredentials() {
        return TestImage.create().layer("COPY config.json /root/.docker/", l -> l.file("root/.docker/config.json",
                TestImage.dockerLoginConfig("r.example", "u:FAKE"), 0600, 0));
    }

    @Test
    void pathTraversalNamesAreReportedAndNotUsed() throws IOException {
        Path image = withCredentials()
                .layer("ADD evil.tar /", l -> l.file("../../etc/cron.d/x", "* * * * * root sh", 0644, 0)
                        .file("a/../../b", "x", 0644, 0))
                .writeOciArchive(dir.resolve("image.tar"));

        ScanResult result = scan(image.toString());

        assertThat(integrity(result)).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(Level.ERROR);
            assertThat(f.path()).isEqualTo(image.toString());
            assertThat(f.message()).startsWith("layer 2/2 sha256:").contains("(2 entries like this one)")
                    .contains("entry \"../../etc/cron.d/x\" climbs out of the image root");
        });
        assertThat(ofRule(result, "docker/inline-credentials")).hasSize(1);
    }

    @Test
    void absoluteNamesAndSymlinksAboveTheRootAreWarnings() throws IOException {
        Path image = TestImage.create()
                .layer("ADD odd.tar /", l -> l.file("/etc/motd", "hi", 0644, 0).symlink("etc/escape", "../../../etc/shadow"))
                .writeOciArchive(dir.resolve("image.tar"));

        assertThat(integrity(scan(image.toString()))).extracting(Finding::level, f -> f.message().replaceAll("sha256:\\w+", "D"))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Level.WARNING, "layer 1/1 D \"ADD odd.tar /\": entry "
                                + "\"/etc/motd\" has an absolute name; read as relative to the image root"),
                        org.assertj.core.groups.Tuple.tuple(Level.WARNING, "layer 1/1 D \"ADD odd.tar /\": symbolic link "
                                + "\"/etc/escape\" points to \"../../../etc/shadow\", above the image root; tools that unpack "
                                + "the image without a chroot follow it out"));
    }

    @Test
    void truncatedGzipLayerIsReportedAndTheOtherLayersStillScanned() throws IOException {
        byte[] good = TestImage.compress(new TestImage.Layer("x").file("etc/big", new byte[200_000], 0644, 0).tar(),
                TestImage.Compression.GZIP);
        Path image = withCredentials()
                .layer("RUN make", l -> l.raw(Arrays.copyOf(good, good.length / 2)))
                .writeOciArchive(dir.resolve("image.tar"));

        ScanResult result = scan(image.toString());

        assertThat(integrity(result)).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(Level.ERROR);
            assertThat(f.message()).startsWith("layer 2/2 sha256:").contains("is truncated or corrupt");
        });
        assertThat(ofRule(result, "docker/inline-credentials")).hasSize(1);
    }

    @Test
    void layerCutInsideAFilesDataIsTruncatedButOneMissingOnlyItsEndBlocksIsNot() throws IOException {
        byte[] tar = new TestImage.Layer("x").file("root/.docker/config.json",
                TestImage.dockerLoginConfig("r.example", "u:FAKE"), 0600, 0).file("etc/big", "x".repeat(5000), 0644, 0).tar();
        int withoutTrailer = tar.length; // as umoci 0.4.7 insert writes: no padding after the last file, no end blocks
        while (tar[withoutTrailer - 1] == 0) {
            withoutTrailer--;
        }
        byte[] cut = Arrays.copyOf(tar, withoutTrailer - 100);
        byte[] trailerless = Arrays.copyOf(tar, withoutTrailer);
        Path cutInData = TestImage.create().layer("RUN make", l -> l.raw(TestImage.compress(cut, TestImage.Compression.GZIP)))
                .writeOciArchive(dir.resolve("a.tar"));
        Path noTrailer = TestImage.create().layer("RUN make", l -> l.raw(TestImage.compress(trailerless,
                TestImage.Compression.GZIP))).writeOciArchive(dir.resolve("b.tar"));

        assertThat(integrity(scan(cutInData.toString()))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("is truncated or corrupt"));
        assertThat(integrity(scan(noTrailer.toString()))).isEmpty();
        assertThat(ofRule(scan(noTrailer.toString()), "docker/inline-credentials")).hasSize(1);
    }

    @Test
    void layerWhoseBytesDoNotMatchTheManifestDigestIsReported() throws IOException {
        Map<String, byte[]> files = withCredentials().ociFiles();
        String layerName = files.keySet().stream().filter(n -> n.startsWith("blobs/")).reduce((a, b) -> b).orElseThrow();
        byte[] tampered = TestImage.compress(new TestImage.Layer("x").file("root/.docker/config.json", "{}", 0600, 0).tar(),
                TestImage.Compression.GZIP);
        files.put(layerName, tampered);
        Path image = Files.write(dir.resolve("image.tar"), TestImage.tarOf(files));

        assertThat(integrity(scan(image.toString()))).singleElement().satisfies(f -> assertThat(f.message())
                .contains("does not match its digest (expected " + "sha256:" + layerName.substring("blobs/sha256/".length()))
                .contains("got " + TestImage.blob(tampered).digest()));
    }

    @Test
    void missingLayerBlobIsReportedAndTheOthersScanned() throws IOException {
        Map<String, byte[]> files = withCredentials().layer("RUN true", l -> l.file("etc/x", "x", 0644, 0)).ociFiles();
        String last = files.keySet().stream().filter(n -> n.startsWith("blobs/")).reduce((a, b) -> b).orElseThrow();
        files.remove(last);
        Path image = Files.write(dir.resolve("image.tar"), TestImage.tarOf(files));

        ScanResult result = scan(image.toString());

        assertThat(integrity(result)).singleElement().satisfies(f -> assertThat(f.message())
                .startsWith("layer 2/2 " + "sha256:" + last.substring(13, 25)).contains("is missing from the image (" + last + ")"));
        assertThat(ofRule(result, "docker/inline-credentials")).hasSize(1);
    }

    @Test
    void tooManyEntriesStopTheScanOfThatImage() throws IOException {
        Path image = TestImage.create().layer("RUN touch", l -> {
            for (int i = 0; i < 50; i++) {
                l.file("tmp/f" + i, "", 0644, 0);
            }
        }).writeOciArchive(dir.resolve("image.tar"));

        ScanResult result = scan(ImageScanOptions.defaults().withCaps(20, 1024), image.toString());

        assertThat(integrity(result)).singleElement().satisfies(f -> assertThat(f.message())
                .contains("has more than 20 entries (a tar bomb?)"));
    }

    @Test
    void hugeCandidateIsReportedAndNotParsed() throws IOException {
        byte[] huge = ("{\"auths\":{\"r\":{\"auth\":\"" + "A".repeat(5000) + "\"}}}").getBytes(StandardCharsets.UTF_8);
        Path image = TestImage.create().layer("COPY big /", l -> l.file("root/.docker/config.json", huge, 0600, 0))
                .writeOciArchive(dir.resolve("image.tar"));

        ScanResult result = scan(ImageScanOptions.defaults().withCaps(1000, 1024), image.toString());

        assertThat(integrity(result)).singleElement().satisfies(f -> assertThat(f.message())
                .contains("\"/root/.docker/config.json\" is " + huge.length + " bytes, over the 1024-byte cap"));
        assertThat(ofRule(result, "docker/inline-credentials")).isEmpty();
    }

    @Test
    void candidatesTogetherAreCappedPerImage() throws IOException {
        String config = "{\"auths\":{\"r\":{\"auth\":\"" + "A".repeat(900) + "\"}}}";
        Path image = TestImage.create()
                .layer("COPY a /", l -> l.file("a/.docker/config.json", config, 0600, 0))
                .layer("COPY b /", l -> l.file("b/.docker/config.json", config, 0600, 0))
                .layer("COPY c /", l -> l.file("c/.docker/config.json", config, 0600, 0))
                .writeOciArchive(dir.resolve("image.tar"));

        ScanResult result = scan(new ImageScanOptions(1, 1000, 1024, 2048, null, null), image.toString());

        assertThat(integrity(result)).singleElement().satisfies(f -> assertThat(f.message())
                .contains("credential file candidates exceed 2048 bytes in all; \"/").contains("/.docker/config.json\" and any later"));
        assertThat(ofRule(result, "docker/inline-credentials")).hasSize(2);
    }

    @Test
    void deeplyNestedJsonIsASyntaxFindingNotACrash() throws IOException {
        String deep = "{\"auths\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        Path image = TestImage.create().layer("COPY deep /", l -> l.file("root/.docker/config.json", deep, 0600, 0))
                .writeOciArchive(dir.resolve("image.tar"));

        assertThat(ofRule(scan(image.toString()), "docker/json-syntax")).hasSize(1);
    }

    @Test
    void fileThatIsNoImageIsReportedAndTheNextImageScanned() throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.tar"), "not a tar at all".repeat(100));
        Path good = withCredentials().writeOciArchive(dir.resolve("good.tar"));

        ScanResult result = scan(junk.toString(), good.toString());

        assertThat(integrity(result)).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo(junk.toString());
            assertThat(f.message()).startsWith(junk + " cannot be read: ");
        });
        assertThat(ofRule(result, "docker/inline-credentials")).singleElement()
                .satisfies(f -> assertThat(f.path()).startsWith(good.toString()));
    }

    @Test
    void truncatedOuterArchiveIsReported() throws IOException {
        Path whole = ImageFormatsTests.loginThenDelete()
                .writeGzippedDockerArchive(dir.resolve("whole.tar.gz"), TestImage.DockerShape.DOCKER_25);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.tar.gz"), Arrays.copyOf(bytes, bytes.length - 100));

        assertThat(integrity(scan(cut.toString()))).isNotEmpty()
                .allSatisfy(f -> assertThat(f.level()).isEqualTo(Level.ERROR));
    }

    @Test
    void manifestNamingABlobOutsideTheLayoutReadsNothingOutsideIt() throws IOException {
        Path layout = withCredentials().writeOciDirectory(dir.resolve("layout"));
        Files.writeString(dir.resolve("secret.json"), "{\"auths\":{\"r\":{\"auth\":\"dTpw\"}}}");
        Files.writeString(layout.resolve("manifest.json"),
                "[{\"Config\":\"../secret.json\",\"Layers\":[\"../secret.json\"]}]");

        ScanResult result = scan("docker-archive:" + layout);

        assertThat(integrity(result)).singleElement().satisfies(f -> assertThat(f.message()).contains("cannot be read"));
        assertThat(ofRule(result, "docker/inline-credentials")).isEmpty();
    }
}
