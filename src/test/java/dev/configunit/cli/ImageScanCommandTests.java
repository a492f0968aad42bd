package dev.configunit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.configunit.image.TestImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code configunit scan --image REF}: images go through the same outputs and exit codes as paths, and no output
 * ever shows a secret the image carries.
 */
class ImageScanCommandTests {

    private static final String PASSWORD = "CANARY-PW-7c1e";
    private static final String HISTORY_PASSWORD = "CANARY-HISTORY-91ab";
    private static final String ENV_AUTH = Base64.getEncoder()
            .encodeToString("ci:CANARY-ENV-55d0".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    private Path leakyImage() throws IOException {
        return TestImage.create()
                .env("DOCKER_AUTH_CONFIG={\"auths\":{\"registry.example.test\":{\"auth\":\"" + ENV_AUTH + "\"}}}")
                .emptyLayerHistory("ENV DOCKER_AUTH_CONFIG={\"auths\":{\"registry.example.test\":{\"auth\":\"" + ENV_AUTH + "\"}}}")
                .layer("/bin/sh -c docker login -u ci -p " + HISTORY_PASSWORD + " registry.example.test",
                        l -> l.dir("root/.docker", 0755, 0).file("root/.docker/config.json",
                                TestImage.dockerLoginConfig("docker.io", "ci:" + PASSWORD + "\n"), 0644, 0))
                .layer("RUN rm /root/.docker/config.json", l -> l.whiteout("root/.docker/config.json"))
                .writeOciArchive(dir.resolve("build-image.tar"));
    }

    private static void assertNoSecret(String output) {
        String auth = Base64.getEncoder().encodeToString(("ci:" + PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(output).isNotEmpty()
                .doesNotContain(PASSWORD).doesNotContain(auth)
                .doesNotContain(HISTORY_PASSWORD)
                .doesNotContain(ENV_AUTH).doesNotContain("CANARY-ENV");
    }

    @Test
    void textAndJsonOutputsOfAnImageScanNeverShowASecret() throws IOException {
        Path image = leakyImage();

        CliRun text = CliRun.of("scan", "--image", image.toString());
        CliRun json = CliRun.of("scan", "--image", image.toString(), "--format", "json");

        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out()).contains(image + "!/root/.docker/config.json:")
                .contains("docker/secret-in-image-history").contains("docker/auth-whitespace");
        assertNoSecret(text.all());
        assertNoSecret(json.all());
    }

    @Test
    void jsonPathsNameTheImageAndTheInImagePath() throws IOException {
        Path image = leakyImage();

        CliRun run = CliRun.of("scan", "--image", image.toString(), "--format", "json");

        JsonNode root = JsonMapper.builder().build().readTree(run.out());
        assertThat(root.path("findings").valueStream().map(f -> f.path("path").asString()).distinct())
                .containsExactlyInAnyOrder(image.toString(), image + "!/root/.docker/config.json",
                        image + "!env/DOCKER_AUTH_CONFIG");
        assertThat(root.path("sources").asInt()).isEqualTo(3);
    }

    @Test
    void imagesAndPathsAreScannedTogether() throws IOException {
        Path image = leakyImage();
        Path tree = Files.createDirectories(dir.resolve("repo/.docker"));
        Files.writeString(tree.resolve("config.json"), "{\"auths\":{\"docker.io\":{}}}");

        CliRun run = CliRun.of("scan", dir.resolve("repo").toString(), "--image", image.toString());

        assertThat(run.out()).contains(".docker/config.json:1:11: error docker/hub-key")
                .contains(image + "!/root/.docker/config.json:");
    }

    @Test
    void anImageThatDoesNotExistIsAUsageError() {
        CliRun run = CliRun.of("scan", "--image", dir.resolve("nope.tar").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--image " + dir.resolve("nope.tar") + ": no such file or directory");
    }

    @Test
    void aCleanImageExitsZero() throws IOException {
        Path image = TestImage.create().layer("RUN true", l -> l.file("etc/hostname", "ci", 0644, 0))
                .writeOciArchive(dir.resolve("clean.tar"));

        CliRun run = CliRun.of("scan", "--image", image.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("0 findings (0 errors, 0 warnings, 0 notes) in 1 credential file\n");
    }
}
