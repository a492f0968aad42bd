package dev.configunit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.configunit.report.SarifOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --sarif}, {@code --junit} and {@code --codequality} on {@code scan}: any of them at once, from one scan,
 * the same bytes for the same tree, and the exit code and console output unchanged.
 */
class ReportOptionsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HUB_KEY = "{\n  \"auths\": {\n    \"docker.io\": {}\n  },\n  \"credsStore\": \"pass\"\n}\n";

    @TempDir
    Path tree;

    @Test
    void allThreeReportsAreWrittenBesideTheConsoleOutputAndTheExitCodeIsUnchanged() throws IOException {
        write("repo/.docker/config.json", HUB_KEY);

        CliRun run = scan();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(".docker/config.json:3:5: error docker/hub-key ");
        JsonNode sarif = JSON.readTree(read("out/configunit.sarif"));
        assertThat(sarif.get("runs").get(0).get("results").get(0).get("ruleId").asString()).isEqualTo("docker/hub-key");
        assertThat(sarif.get("runs").get(0).get("automationDetails").get("id").asString())
                .isEqualTo("configunit/repository/");
        assertThat(read("out/TEST-configunit.xml")).contains("<testcase classname=\".docker/config.json\"")
                .contains("name=\"docker/hub-key: Docker Hub must be keyed exactly https://index.docker.io/v1/\"");
        assertThat(JSON.readTree(read("out/gl-code-quality-report.json")).get(0).get("check_name").asString())
                .isEqualTo("docker/hub-key");
        SarifOutput.keep("cli-scan", read("out/configunit.sarif"));
    }

    @Test
    void reportPathsAreRelativeToTheWorkingDirectoryNeverAbsolute() throws IOException {
        write("repo/.docker/config.json", HUB_KEY);

        scan();

        JsonNode location = JSON.readTree(read("out/configunit.sarif")).get("runs").get(0).get("results").get(0)
                .get("locations").get(0).get("physicalLocation").get("artifactLocation");
        assertThat(location.get("uri").asString()).endsWith("repo/.docker/config.json").doesNotStartWith("/")
                .doesNotContain("file:");
        String path = JSON.readTree(read("out/gl-code-quality-report.json")).get(0).get("location").get("path").asString();
        assertThat(path).isEqualTo(location.get("uri").asString());
    }

    @Test
    void twoRunsOnTheSameTreeWriteTheSameBytes() throws IOException {
        write("repo/a/.docker/config.json", HUB_KEY);
        write("repo/b/.docker/config.json", "{\"auths\": {\"https://registry.example.com/v2/\": {\"auth\": \"dTpw\"}},}");
        write("repo/c/containers/auth.json", "{\"auths\": {\"quay.io\": {\"auth\": \"%%%\"}}}");

        scan();
        String sarif = read("out/configunit.sarif");
        String junit = read("out/TEST-configunit.xml");
        String codeQuality = read("out/gl-code-quality-report.json");
        scan();

        assertThat(read("out/configunit.sarif")).isEqualTo(sarif);
        assertThat(read("out/TEST-configunit.xml")).isEqualTo(junit);
        assertThat(read("out/gl-code-quality-report.json")).isEqualTo(codeQuality);
    }

    @Test
    void aCleanTreeStillWritesEveryReport() throws IOException {
        write("repo/.docker/config.json", "{\"auths\": {\"https://index.docker.io/v1/\": {}}, \"credsStore\": \"pass\"}");

        CliRun run = scan();

        assertThat(run.exitCode()).isZero();
        assertThat(JSON.readTree(read("out/configunit.sarif")).get("runs").get(0).get("results")).isEmpty();
        assertThat(read("out/TEST-configunit.xml")).contains("failures=\"0\"");
        assertThat(JSON.readTree(read("out/gl-code-quality-report.json"))).isEmpty();
    }

    @Test
    void aReportThatCannotBeWrittenExitsTwoNamingTheFile() throws IOException {
        write("repo/.docker/config.json", HUB_KEY);
        write("blocker", "a file where a directory should be");

        CliRun run = CliRun.of("scan", tree.resolve("repo").toString(),
                "--sarif", tree.resolve("blocker/configunit.sarif").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("configunit: cannot write " + tree.resolve("blocker/configunit.sarif"));
    }

    @Test
    void theHelpListsTheReportOptions() {
        CliRun run = CliRun.of("scan", "--help");

        assertThat(run.out()).contains("--sarif=FILE").contains("--junit=FILE").contains("--codequality=FILE");
    }

    private CliRun scan() {
        return CliRun.of("scan", tree.resolve("repo").toString(),
                "--sarif", tree.resolve("out/configunit.sarif").toString(),
                "--junit", tree.resolve("out/TEST-configunit.xml").toString(),
                "--codequality", tree.resolve("out/gl-code-quality-report.json").toString());
    }

    private void write(String relative, String content) throws IOException {
        Path file = tree.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    private String read(String relative) throws IOException {
        return Files.readString(tree.resolve(relative), StandardCharsets.UTF_8);
    }
}
