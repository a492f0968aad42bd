package dev.configunit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code scan} command's contract (product.md "CLI contract"): output formats, exit codes, errors.
 */
class ScanCommandTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tree;

    @Test
    void cleanTreeExitsZeroWithASummary() throws IOException {
        write(".docker/config.json", "{\"auths\": {\"https://index.docker.io/v1/\": {}}, \"credsStore\": \"pass\"}", true);

        CliRun run = CliRun.of("scan", tree.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).endsWith("0 findings (0 errors, 0 warnings, 0 notes) in 1 credential file\n");
    }

    @Test
    void errorFindingExitsOneAndPrintsPathLineColumnLevelRuleAndMessage() throws IOException {
        write(".docker/config.json", "{\n  \"auths\": {\n    \"docker.io\": {}\n  },\n  \"credsStore\": \"pass\"\n}", true);

        CliRun run = CliRun.of("scan", tree.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(".docker/config.json:3:5: error docker/hub-key Docker Hub credentials keyed "
                + "\"docker.io\" are never found by docker (CLI, dockerd, crane, kaniko); key them "
                + "\"https://index.docker.io/v1/\"\n");
    }

    @Test
    void warningsFailOnlyWhenFailOnIsWarningOrLower() throws IOException {
        write(".docker/config.json", "{\"auths\": {\"https://registry.example.com/v2/\": {}}, \"credsStore\": \"pass\"}", true);

        assertThat(CliRun.of("scan", tree.toString()).exitCode()).isZero();
        assertThat(CliRun.of("scan", tree.toString(), "--fail-on", "warning").exitCode()).isEqualTo(1);
        assertThat(CliRun.of("scan", tree.toString(), "--fail-on", "note").exitCode()).isEqualTo(1);
    }

    @Test
    void failOnNoneAlwaysExitsZero() throws IOException {
        write(".docker/config.json", "{\"auths\": {\"docker.io\": {}}}", true);

        assertThat(CliRun.of("scan", tree.toString(), "--fail-on", "none").exitCode()).isZero();
    }

    @Test
    void malformedRuleFileExitsTwoWithFileLineAndColumn() throws IOException {
        write(".docker/config.json", "{}", true);
        Path rules = write("rules/acme.yaml", """
                rules:
                  - id: acme/registries
                    name: RegistryNotAllowed
                    level: fatal
                    summary: Only ACME registries
                    applies-to: [docker-config]
                    check: hub-key
                    message: no
                """, false);

        CliRun run = CliRun.of("scan", tree.resolve(".docker").toString(), "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(rules + ":4:12: ");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRun.of("scan", "--no-such-option").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("scan", tree.toString(), "--fail-on", "fatal").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("scan", tree.toString(), "--format", "xml").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("scan", tree.toString(), "--clients", "rkt").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("scan", tree.resolve("missing").toString()).exitCode()).isEqualTo(2);
        assertThat(CliRun.of().exitCode()).isEqualTo(2);
    }

    @Test
    void jsonFormatIsTheDocumentedObjectWithRootRelativeSlashPaths() throws IOException {
        write("deploy/.docker/config.json", "{\n\"auths\": {\n\"docker.io\": {}}, \"credsStore\": \"pass\"}", true);
        write("app/config.json", "{\"port\": 80}", true);

        CliRun run = CliRun.of("scan", tree.toString(), "--format", "json");
        JsonNode report = JSON.readTree(run.out());

        assertThat(report.get("sources").asInt()).isEqualTo(1);
        assertThat(report.get("errors")).isEmpty();
        JsonNode finding = report.get("findings").get(0);
        assertThat(finding.get("rule").asString()).isEqualTo("docker/hub-key");
        assertThat(finding.get("level").asString()).isEqualTo("error");
        assertThat(finding.get("path").asString()).isEqualTo("deploy/.docker/config.json");
        assertThat(finding.get("line").asInt()).isEqualTo(3);
        assertThat(finding.get("column").asInt()).isEqualTo(1);
        assertThat(finding.get("endLine").asInt()).isEqualTo(3);
        assertThat(finding.get("endColumn").asInt()).isEqualTo(12);
        assertThat(finding.get("clients").get(0).asString()).isEqualTo("docker");
        assertThat(finding.get("fingerprint").asString()).hasSize(32);
        assertThat(finding.get("message").asString()).contains("key them \"https://index.docker.io/v1/\"");
    }

    @Test
    void aFilePathScansJustThatFile() throws IOException {
        Path file = write("one/.docker/config.json", "{\"auths\": {\"docker.io\": {}}}", true);
        write("two/.docker/config.json", "{\"auths\": {\"docker.io\": {}}}", true);

        CliRun run = CliRun.of("scan", file.toString(), "--format", "json");

        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("sources").asInt()).isEqualTo(1);
        assertThat(report.get("findings").get(0).get("path").asString()).isEqualTo(file.toString());
    }

    @Test
    void anApplicationsConfigJsonIsNeverAFinding() throws IOException {
        write("config.json", "{\"auth\": {\"provider\": \"oidc\"}, \"features\": {\"x\": true}}", true);
        write("src/config.json", "{\"port\": 8080}", true);

        CliRun run = CliRun.of("scan", tree.toString(), "--format", "json");

        assertThat(JSON.readTree(run.out()).get("sources").asInt()).isZero();
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void twoRunsOnTheSameTreeGiveIdenticalOutput() throws IOException {
        write("a/.docker/config.json", "{\"auths\": {\"docker.io\": {\"auth\": \"dXNlcjpwYXNzCg==\"}}}", true);
        write("b/.docker/config.json", "{\"auths\": {\"Quay.io\": {\"auth\": \"bad\"}}}", true);

        assertThat(CliRun.of("scan", tree.toString(), "--format", "json").out())
                .isEqualTo(CliRun.of("scan", tree.toString(), "--format", "json").out());
        assertThat(CliRun.of("scan", tree.toString()).out()).isEqualTo(CliRun.of("scan", tree.toString()).out());
    }

    @Test
    void inputsThatCannotBeScannedAreListedAndTheScanGoesOn() throws IOException {
        write("ok/.docker/config.json", "{\"auths\": {\"docker.io\": {}}}", true);
        Path outside = Files.createTempFile("outside", ".json");
        Files.createDirectories(tree.resolve("link/.docker"));
        Files.createSymbolicLink(tree.resolve("link/.docker/config.json"), outside);

        CliRun run = CliRun.of("scan", tree.toString(), "--format", "json");

        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("sources").asInt()).isEqualTo(1);
        assertThat(report.get("errors").get(0).get("path").asString()).isEqualTo("link/.docker/config.json");
        assertThat(report.get("errors").get(0).get("message").asString()).contains("outside the scanned root");
        Files.delete(outside);
    }

    @Test
    void noSecretReachesAnyOutput() throws IOException {
        String user = "canary-user-31f7";
        String password = "canary-pass-8c2e";
        String auth = Base64.getEncoder().encodeToString((user + ":" + password + "\n").getBytes(StandardCharsets.UTF_8));
        String unpadded = auth.replace("=", "");
        write(".docker/config.json", "{\"auths\": {"
                + "\"docker.io\": {\"auth\": \"" + auth + "\"},"
                + "\"quay.io\": {\"auth\": \"" + unpadded + "\"},"
                + "\"ghcr.io\": {\"username\": \"" + user + "\", \"password\": \"" + password + "\\n\"},"
                + "\"gcr.io\": {\"identitytoken\": \"" + password + "\", \"auth\": " + user.length() + "}}}", false);
        write("broken/.docker/config.json", "{\"auths\": {\"x\": {\"auth\": " + password + "}}}", false);

        String all = CliRun.of("scan", tree.toString()).all() + CliRun.of("scan", tree.toString(), "--format", "json").all();

        assertThat(all).contains("docker/auth-whitespace", "docker/inline-credentials", "docker/json-syntax");
        assertThat(all).doesNotContain(user, password, auth, unpadded, "Y2FuYXJ5",
                Base64.getEncoder().encodeToString(password.getBytes(StandardCharsets.UTF_8)));
    }

    private Path write(String relative, String content, boolean privateMode) throws IOException {
        Path file = tree.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        if (privateMode) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("rwx------"));
        }
        return file;
    }
}
