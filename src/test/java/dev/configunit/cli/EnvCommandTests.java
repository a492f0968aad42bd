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
        write(elsewhere.resolve("config.json"), "{\"auths\": {}}");
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

    @Test
    void aCredsStoreWhoseHelperIsNotOnPathFailsHelperMissing() throws IOException {
        // §1.5 / §11: the CLI runs docker-credential-NAME from PATH; without it pulls go out with no credentials.
        Path bin = Files.createDirectories(root.resolve("bin"));
        environment.put("PATH", bin.toString());
        write(home.resolve(".docker/config.json"), "{\"auths\": {\"ghcr.io\": {}}, \"credsStore\": \"ecr-login\"}");

        CliRun missing = CliRun.of("env");
        Path helper = bin.resolve("docker-credential-ecr-login");
        Files.writeString(helper, "#!/bin/sh\n");
        Files.setPosixFilePermissions(helper, PosixFilePermissions.fromString("rwxr-xr-x"));
        CliRun installed = CliRun.of("env");

        assertThat(missing.out()).contains("~/.docker/config.json:1:42: error docker/helper-missing");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(installed.out()).doesNotContain("docker/helper-missing");
    }

    @Test
    void aDockerAuthConfigEntryForARegistryDockerLoginAlsoStoredIsReported() throws IOException {
        // §1.6: the CLI 28.3+ takes the variable first, so a push after docker login uses the variable's credentials.
        write(home.resolve(".docker/config.json"), "{\"auths\": {\"registry.example.com\": {\"auth\": \""
                + b64("pusher:p") + "\"}}}");
        environment.put("DOCKER_AUTH_CONFIG", "{\"auths\": {\"registry.example.com\": {\"auth\": \"" + b64("reader:r")
                + "\"}, \"other.example.com\": {\"auth\": \"" + b64("u:p") + "\"}}}");

        CliRun run = CliRun.of("env", "--fail-on", "warning");

        assertThat(run.out()).contains("$DOCKER_AUTH_CONFIG:1:12: warning docker/env-shadows-login DOCKER_AUTH_CONFIG holds"
                + " \"registry.example.com\", which ~/.docker/config.json also has from docker login");
        assertThat(run.out()).doesNotContain("\"other.example.com\", which");
    }

    @Test
    void writesTheSameReportFilesAsScan() throws IOException {
        write(home.resolve(".docker/config.json"), BAD_HUB);
        environment.put("DOCKER_AUTH_CONFIG", "{\"auths\": {\"docker.io\": {\"auth\": \"" + b64("u:p") + "\"}}}");
        Path reports = Files.createDirectories(root.resolve("reports"));

        CliRun run = CliRun.of("env", "--sarif", reports.resolve("env.sarif").toString(), "--junit",
                reports.resolve("env.xml").toString(), "--codequality", reports.resolve("cq.json").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(Files.readString(reports.resolve("env.xml"))).contains("docker/hub-key", "$DOCKER_AUTH_CONFIG");
        assertThat(Files.readString(reports.resolve("env.sarif"))).contains("docker/hub-key");
        assertThat(Files.readString(reports.resolve("cq.json"))).contains("docker/hub-key");
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
