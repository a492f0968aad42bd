package dev.configunit.image;

import static dev.configunit.image.ImageScanning.ofRule;
import static dev.configunit.image.ImageScanning.scan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.configunit.lint.ScanResult;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secrets in the image config: {@code DOCKER_AUTH_CONFIG} in {@code Env}, and login passwords or inline
 * credentials in {@code history[].created_by}.
 */
class ImageConfigLeakTests {

    @TempDir
    Path dir;

    @Test
    void dockerAuthConfigInEnvIsReportedAndLintedAsADockerAuthConfigValue() throws IOException {
        Path image = TestImage.create()
                .env("DOCKER_AUTH_CONFIG={\"auths\":{\"index.docker.io\":{\"auth\":\"Y2k6RkFLRS1FTlY=\"}}}")
                .emptyLayerHistory("ENV DOCKER_AUTH_CONFIG={\"auths\":{\"index.docker.io\":{\"auth\":\"Y2k6RkFLRS1FTlY=\"}}}")
                .layer("RUN true", l -> l.file("etc/x", "x", 0644, 0))
                .writeOciArchive(dir.resolve("image.tar"));

        ScanResult result = scan(image.toString());

        assertThat(ofRule(result, "docker/secret-in-image-history")).extracting(f -> f.path() + " " + f.pointer())
                .containsExactlyInAnyOrder(image + " /config/Env/1", image + " /history/0/created_by");
        assertThat(ofRule(result, "docker/secret-in-image-history")).anySatisfy(f -> assertThat(f.message())
                .startsWith("history[0] (no layer) sets DOCKER_AUTH_CONFIG: \"ENV DOCKER_AUTH_CONFIG=***\""));
        assertThat(ofRule(result, "docker/hub-key")).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo(image + "!env/DOCKER_AUTH_CONFIG"));
    }

    @Test
    void emptyDockerAuthConfigInEnvIsNoLeak() throws IOException {
        Path image = TestImage.create().env("DOCKER_AUTH_CONFIG={\"auths\":{}}")
                .layer("RUN true", l -> l.file("etc/x", "x", 0644, 0)).writeOciArchive(dir.resolve("image.tar"));

        assertThat(ofRule(scan(image.toString()), "docker/secret-in-image-history")).isEmpty();
    }

    @Test
    void loginWithAPasswordInHistoryIsReportedWithTheLayerAndTheCommandMasked() throws IOException {
        Path image = TestImage.create()
                .layer("ADD rootfs.tar /", l -> l.file("etc/x", "x", 0644, 0))
                .emptyLayerHistory("ARG VERSION=1")
                .layer("/bin/sh -c docker login -u ci -p FAKE-HISTORY-PW registry.example.test && docker pull x",
                        l -> l.file("etc/y", "y", 0644, 0))
                .writeOciArchive(dir.resolve("image.tar"));

        ScanResult result = scan(image.toString());

        assertThat(ofRule(result, "docker/secret-in-image-history")).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/history/2/created_by");
            assertThat(f.message()).startsWith("history[2] (layer 2) logs in with a password on the command line: "
                    + "\"RUN docker login -u ci -p *** registry.example.test && docker pull x\"");
        });
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.message()).doesNotContain("FAKE-HISTORY-PW"));
    }

    @Test
    void layerDescriptionsMaskSecretsInCreatedBy() throws IOException {
        Path image = TestImage.create()
                .layer("/bin/sh -c echo '{\"auths\":{\"r.example\":{\"auth\":\"dTpGQUtFLUVDSE8=\"}}}' > /root/.docker/config.json",
                        l -> l.file("root/.docker/config.json", "{\"auths\":{\"r.example\":{\"auth\":\"dTpGQUtFLUVDSE8=\"}}}", 0600, 0))
                .writeOciArchive(dir.resolve("image.tar"));

        ScanResult result = scan(image.toString());

        assertThat(ofRule(result, "docker/secret-in-image-history")).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("history[0] (layer 1) writes credentials inline"));
        assertThat(result.findings()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.message()).doesNotContain("dTpGQUtFLUVDSE8="));
    }
}
