package dev.configunit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code configunit env} finds what each client of the environment reads (docker-auth-semantics.md §1.1, §2.1,
 * §4.1, §1.6), with a fake HOME, XDG and DOCKER_CONFIG.
 */
class EnvCommandTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BAD_HUB = "{\"auths\": {\"docker.io\": {}}, \"credsStore\": \"pass\"}";

    @TempDir
    Path root;

    private final Map<String, String> environment = new HashMap<>();
    private Path home;

    @BeforeEach
    void fakeEnvironment() throws IOException {
        home = Files.createDirectories(root.resolve("home/ci"));
        environment.put("HOME", home.toString());
        EnvCommand.environment = environment;
        EnvCommand.kanikoRoot = root.resolve("kaniko");
    }

    @AfterEach
    void realEnvironment() {
        EnvCommand.environment = System.getenv();
        EnvCommand.kanikoRoot = Path.of("/kaniko");
    }

    @Test
    void readsTheHomesDockerConfigAndShowsTheHomeAsTilde() throws IOException {
        write(home.resolve(".docker/config.json"), BAD_HUB);

        CliRun run = CliRun.of("env");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("~/.docker/config.json:1:12: error docker/hub-key");
    }

    @Test
    void dockerConfigReplacesTheHomesDirectoryAsTheDockerCliDoes() throws IOException {
        write(home.resolve(".docker/config.json"), BAD_HUB);
        Path elsewhere = root.resolve("job/docker");
        write(elsewhere.resolve("config.json"), "{\"auths\": {}, \"credsStore\": \"pass\"}");
        environment.put("DOCKER_CONFIG", elsewhere.toString());

        CliRun run = CliRun.of("env", "--format", "json");

        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("sources").asInt()).isEqualTo(1);
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void readsKanikosConfig() throws IOException {
        write(root.resolve("kaniko/.docker/config.json"), BAD_HUB);

        assertThat(CliRun.of("env").out()).contains(root.resolve("kaniko/.docker/config.json") + ":1:12: error docker/hub-key");
    }

    @Test
    void readsPodmansAuthFilesWithPodmanSemantics() throws IOException {
        environment.put("XDG_RUNTIME_DIR", root.resolve("run/user/1000").toString());
        write(root.resolve("run/user/1000/containers/auth.json"),
                "{\"auths\": {\"quay.io\": {\"auth\": \"" + b64("u") + "\"}}}");
        write(home.resolve(".config/containers/auth.json"), "{\"auths\": {\"docker.io\": {\"auth\": \"" + b64("u:p") + "\"}}}");

        CliRun run = CliRun.of("env");

        // podman finds every Docker Hub spelling (§2.3): no hub-key; it skips an entry without a colon (§2.3).
        assertThat(run.out()).contains("containers/auth.json:1:32: error docker/auth-format")
                .contains("~/.config/containers/auth.json")
                .doesNotContain("docker/hub-key");
    }

    @Test
    void readsTheFileRegistryAuthFileNames() throws IOException {
        Path file = root.resolve("ci/registry-auth.json");
        write(file, "{\"auths\": {\"Quay.io\": {}}}");
        environment.put("REGISTRY_AUTH_FILE", file.toString());

        assertThat(CliRun.of("env", "--fail-on", "warning").out()).contains(file + ":1:12: warning docker/registry-key");
    }

    @Test
    void reportsALegacyDockercfg() throws IOException {
        write(home.resolve(".dockercfg"), "{\"registry.example.com\": {\"auth\": \"" + b64("u:p") + "\", \"email\": \"a@b\"}}");

        assertThat(CliRun.of("env").out()).contains("~/.dockercfg:1:1: note docker/legacy-field");
    }

    @Test
    void checksDockerAuthConfigInMemoryWithoutEverPrintingIt() {
        String password = "canary-env-pw-6b1d";
        String value = "{\"auths\": {\"registry.example.com\": {\"username\": \"u\", \"password\": \"" + password + "\"}}}";
        environment.put("DOCKER_AUTH_CONFIG", value);

        CliRun text = CliRun.of("env");
        CliRun json = CliRun.of("env", "--format", "json");

        // §1.6: the Docker CLI accepts only auths.*.auth in the variable and ignores it otherwise.
        assertThat(text.out()).contains("$DOCKER_AUTH_CONFIG:1:12: error docker/auth-config-env");
        assertThat(text.all() + json.all()).doesNotContain(password, value, b64(password));
    }

    @Test
    void aVariableThatIsFineGivesNoInlineCredentialsFinding() {
        environment.put("DOCKER_AUTH_CONFIG", "{\"auths\": {\"registry.example.com\": {\"auth\": \"" + b64("u:p") + "\"}}}");

        CliRun run = CliRun.of("env");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).endsWith("0 findings (0 errors, 0 warnings, 0 notes) in 1 credential file\n");
    }

    @Test
    void anEmptyEnvironmentIsClean() {
        CliRun run = CliRun.of("env");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("in 0 credential files");
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("rwx------"));
    }
}
