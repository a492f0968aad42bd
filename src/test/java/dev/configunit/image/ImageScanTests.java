package dev.configunit.image;

import static dev.configunit.image.ImageScanning.lines;
import static dev.configunit.image.ImageScanning.ofRule;
import static dev.configunit.image.ImageScanning.scan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.configunit.finding.Finding;
import dev.configunit.finding.Level;
import dev.configunit.lint.ScanResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an image scan reports (issue #5 "Done when"): credential files in layers, with the layer that added them
 * and the layer that hid them, permissions from tar headers, and helpers against the final filesystem.
 */
class ImageScanTests {

    @TempDir
    Path dir;

    static TestImage rootWithLogin(int mode) {
        return TestImage.create()
                .layer("ADD rootfs.tar /", l -> l.dir("root", 0700, 0).dir("etc", 0755, 0)
                        .file("etc/passwd", "root:x:0:0:root:/root:/bin/bash\nci:x:1000:1000::/home/ci:/bin/sh\n", 0644, 0))
                .layer("RUN docker login -u ci --password-stdin registry.example.test",
                        l -> l.dir("root/.docker", 0700, 0)
                                .file("root/.docker/config.json",
                                        TestImage.dockerLoginConfig("registry.example.test", "ci:FAKE-SECRET-1"), mode, 0));
    }

    @Test
    void credentialFileAddedInLayerTwoAndDeletedInLayerThreeIsReportedWithBothLayers() throws IOException {
        Path image = rootWithLogin(0600)
                .layer("RUN rm /root/.docker/config.json", l -> l.whiteout("root/.docker/config.json"))
                .writeOciArchive(dir.resolve("image.tar"));

        ScanResult result = scan(image.toString());

        assertThat(result.reports()).filteredOn(r -> r.source().displayPath().endsWith("config.json"))
                .singleElement().satisfies(r -> assertThat(r.source().title()).isEqualTo(image
                        + "!/root/.docker/config.json (added in layer 2/3 " + r.source().image().layer().digest().substring(0, 19)
                        + " \"RUN docker login -u ci --password-stdin registry.example.test\"; deleted in layer 3/3 "
                        + r.source().image().hiddenBy().digest().substring(0, 19) + " \"RUN rm /root/.docker/config.json\")"));
        List<Finding> history = ofRule(result, "docker/secret-in-image-history");
        assertThat(history).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(Level.ERROR);
            assertThat(f.path()).isEqualTo(image + "!/root/.docker/config.json");
            assertThat(f.message())
                    .contains("layer 2 added and layer 3 deleted")
                    .contains("added in layer 2/3 sha256:")
                    .contains("\"RUN docker login -u ci --password-stdin registry.example.test\"")
                    .contains("deleted in layer 3/3 sha256:")
                    .contains("\"RUN rm /root/.docker/config.json\"");
        });
    }

    @Test
    void worldReadableRootConfigFailsFilePermissions() throws IOException {
        Path image = rootWithLogin(0644).writeOciArchive(dir.resolve("image.tar"));

        List<Finding> permissions = ofRule(scan(image.toString()), "docker/file-permissions");

        assertThat(permissions).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo(image + "!/root/.docker/config.json");
            assertThat(f.level()).isEqualTo(Level.ERROR); // it holds an inline secret
            assertThat(f.message()).startsWith("The file is mode 0644: group or others may read it");
        });
    }

    @Test
    void privateRootConfigPassesFilePermissions() throws IOException {
        Path image = rootWithLogin(0600).writeOciArchive(dir.resolve("image.tar"));

        ScanResult result = scan(image.toString());

        assertThat(ofRule(result, "docker/file-permissions")).isEmpty();
        assertThat(ofRule(result, "docker/inline-credentials")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("in a file in the image"));
    }

    @Test
    void fileOwnedByAnotherUserThanTheHomesOwnerFailsFilePermissions() throws IOException {
        Path image = TestImage.create()
                .layer("ADD rootfs.tar /", l -> l.dir("etc", 0755, 0).dir("home", 0755, 0).dir("home/ci", 0755, 1000)
                        .file("etc/passwd", "root:x:0:0:root:/root:/bin/bash\nci:x:1000:1000::/home/ci:/bin/sh\n", 0644, 0))
                .layer("RUN docker login", l -> l.dir("home/ci/.docker", 0700, 0)
                        .file("home/ci/.docker/config.json", "{\"auths\":{\"registry.example.test\":{}},\"credsStore\":\"pass\"}", 0600, 0)
                        .file("usr/bin/docker-credential-pass", "#!/bin/sh\n", 0755, 0))
                .writeOciArchive(dir.resolve("image.tar"));

        List<Finding> permissions = ofRule(scan(image.toString()), "docker/file-permissions");

        assertThat(permissions).singleElement().satisfies(f -> assertThat(f.message())
                .startsWith("The file is owned by uid 0 (root), not by uid 1000 (ci) who owns the home it sits in"));
    }

    @Test
    void dockerConfigFileNotOwnedByTheImagesUserFailsFilePermissions() throws IOException {
        Path image = TestImage.create().user("ci").env("DOCKER_CONFIG=/kaniko/.docker/")
                .layer("ADD rootfs.tar /", l -> l.dir("etc", 0755, 0)
                        .file("etc/passwd", "root:x:0:0:root:/root:/bin/bash\nci:x:1000:1000::/home/ci:/bin/sh\n", 0644, 0))
                .layer("COPY config.json /kaniko/.docker/", l -> l.dir("kaniko/.docker", 0700, 0)
                        .file("kaniko/.docker/config.json", "{\"auths\":{}}", 0600, 0))
                .writeOciArchive(dir.resolve("image.tar"));

        assertThat(ofRule(scan(image.toString()), "docker/file-permissions")).singleElement().satisfies(f -> assertThat(
                f.message()).startsWith("The file is owned by uid 0 (root), but the image runs as uid 1000 (ci), who "
                + "cannot read a 0600 file it does not own"));
    }

    @Test
    void credsStoreWithoutItsHelperFailsHelperMissing() throws IOException {
        Path image = TestImage.create()
                .layer("COPY config.json /root/.docker/", l -> l.dir("root/.docker", 0700, 0)
                        .file("root/.docker/config.json", "{\"credsStore\":\"ecr-login\"}", 0600, 0))
                .writeOciArchive(dir.resolve("image.tar"));

        List<Finding> missing = ofRule(scan(image.toString()), "docker/helper-missing");

        assertThat(missing).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(Level.ERROR);
            assertThat(f.path()).isEqualTo(image + "!/root/.docker/config.json");
            assertThat(f.message()).startsWith("credsStore names helper \"ecr-login\", but docker-credential-ecr-login "
                    + "is not on PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin of the image");
        });
    }

    @Test
    void credsStoreWithItsHelperOnPathPasses() throws IOException {
        Path image = TestImage.create()
                .layer("ADD rootfs.tar /", l -> l.dir("usr/bin", 0755, 0).symlink("bin", "usr/bin"))
                .layer("RUN install helper", l -> l.file("usr/bin/docker-credential-ecr-login", "ELF", 0755, 0))
                .layer("COPY config.json /root/.docker/", l -> l.dir("root/.docker", 0700, 0)
                        .file("root/.docker/config.json",
                                "{\"credsStore\":\"ecr-login\",\"credHelpers\":{\"gcr.io\":\"gcloud\"}}", 0600, 0))
                .env("PATH=/bin") // found through the /bin -> usr/bin link
                .layer("RUN install gcloud helper", l -> l.file("usr/bin/docker-credential-gcloud", "ELF", 0755, 0))
                .writeOciArchive(dir.resolve("image.tar"));

        assertThat(ofRule(scan(image.toString()), "docker/helper-missing")).isEmpty();
    }

    @Test
    void helperDeletedInALaterLayerIsMissing() throws IOException {
        Path image = TestImage.create()
                .layer("RUN install helper", l -> l.file("usr/local/bin/docker-credential-ecr-login", "ELF", 0755, 0))
                .layer("COPY config.json /root/.docker/", l -> l.file("root/.docker/config.json",
                        "{\"credHelpers\":{\"123.dkr.ecr.us-east-1.amazonaws.com\":\"ecr-login\"}}", 0600, 0))
                .layer("RUN rm helper", l -> l.whiteout("usr/local/bin/docker-credential-ecr-login"))
                .writeOciArchive(dir.resolve("image.tar"));

        assertThat(ofRule(scan(image.toString()), "docker/helper-missing")).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("credHelpers names helper \"ecr-login\" for "
                        + "\"123.dkr.ecr.us-east-1.amazonaws.com\""));
    }

    @Test
    void overwrittenCredentialFileIsReportedAsHistoryAndTheNewOneAsVisible() throws IOException {
        Path image = rootWithLogin(0600)
                .layer("COPY clean-config.json /root/.docker/config.json", l -> l.file("root/.docker/config.json",
                        "{\"auths\":{\"registry.example.test\":{}},\"credsStore\":\"pass\"}", 0600, 0))
                .writeOciArchive(dir.resolve("image.tar"));

        ScanResult result = scan(image.toString());

        assertThat(ofRule(result, "docker/secret-in-image-history")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("layer 2 added and layer 3 overwrote"));
        assertThat(result.reports()).filteredOn(r -> r.source().displayPath().endsWith("config.json")).hasSize(2);
    }

    @Test
    void opaqueDirectoryInALaterLayerDeletesTheFilesBelowIt() throws IOException {
        Path image = rootWithLogin(0600)
                .layer("RUN rm -rf /root/.docker && mkdir /root/.docker", l -> l.dir("root/.docker", 0700, 0)
                        .file("root/.docker/other", "x", 0600, 0).opaque("root/.docker"))
                .writeOciArchive(dir.resolve("image.tar"));

        assertThat(ofRule(scan(image.toString()), "docker/secret-in-image-history")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("layer 2 added and layer 3 deleted"));
    }

    @Test
    void whiteoutOfAnAncestorOrAFileReplacingItDeletesTheFile() throws IOException {
        Path whitedOut = rootWithLogin(0600).layer("RUN rm -rf /root", l -> l.whiteout("root"))
                .writeOciArchive(dir.resolve("a.tar"));
        Path replaced = rootWithLogin(0600).layer("RUN ln -s /tmp /root/.docker", l -> l.whiteout("root/.docker")
                .symlink("root/.docker", "/tmp")).writeOciArchive(dir.resolve("b.tar"));

        assertThat(ofRule(scan(whitedOut.toString()), "docker/secret-in-image-history")).hasSize(1);
        assertThat(ofRule(scan(replaced.toString()), "docker/secret-in-image-history")).hasSize(1);
    }

    @Test
    void whiteoutInTheSameLayerDoesNotHideThatLayersOwnFile() throws IOException {
        Path image = TestImage.create()
                .layer("COPY . /", l -> l.whiteout("root/.docker/config.json")
                        .file("root/.docker/config.json", TestImage.dockerLoginConfig("r.example", "u:FAKE"), 0600, 0))
                .writeOciArchive(dir.resolve("image.tar"));

        ScanResult result = scan(image.toString());

        assertThat(ofRule(result, "docker/secret-in-image-history")).isEmpty();
        assertThat(ofRule(result, "docker/inline-credentials")).hasSize(1);
    }

    @Test
    void anApplicationsOwnConfigJsonIsNeverACandidate() throws IOException {
        Path image = TestImage.create()
                .layer("COPY app /app", l -> l.file("app/config.json", "{\"port\": 8080}", 0644, 0)
                        .file("app/registry.json", "{\"auths\":{\"r.example\":{\"auth\":\"dTpGQUtF\"}}}", 0644, 0))
                .writeOciArchive(dir.resolve("image.tar"));

        ScanResult result = scan(image.toString());

        assertThat(result.reports()).extracting(r -> r.source().displayPath())
                .containsExactly(image.toString(), image + "!/app/registry.json");
    }

    @Test
    void cleanImageHasNoFindingsAndOneReportForItself() throws IOException {
        Path image = TestImage.create().layer("ADD rootfs.tar /", l -> l.dir("etc", 0755, 0)
                .file("etc/hostname", "ci", 0644, 0)).writeOciArchive(dir.resolve("image.tar"));

        ScanResult result = scan(image.toString());

        assertThat(lines(result)).isEmpty();
        assertThat(result.reports()).singleElement()
                .satisfies(r -> assertThat(r.source().displayPath()).isEqualTo(image.toString()));
    }
}
