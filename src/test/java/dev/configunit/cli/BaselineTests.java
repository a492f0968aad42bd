package dev.configunit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Suppressions and baselines (rules.md, last section): accepted findings leave the exit code, stay visible.
 */
class BaselineTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tree;

    @BeforeEach
    void aTreeWithErrorsAndWarnings() throws IOException {
        Path file = tree.resolve("ci/.docker/config.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"auths\": {\"docker.io\": {}, \"index.docker.io\": {}, \"https://quay.io\": {},"
                + " \"http://quay.io\": {}}, \"credsStore\": \"pass\"}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aWrittenBaselineMakesTheSameTreePass() {
        Path baseline = tree.resolve("baseline.yaml");

        CliRun write = CliRun.of("scan", tree.toString(), "--write-baseline", baseline.toString());
        CliRun again = CliRun.of("scan", tree.toString(), "--baseline", baseline.toString());

        assertThat(write.exitCode()).isZero();
        assertThat(write.out()).contains("wrote 5 findings");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).endsWith("0 findings (0 errors, 0 warnings, 0 notes) in 1 credential file; 5 suppressed\n");
    }

    @Test
    void onlyNewFindingsFailAfterABaseline() throws IOException {
        Path baseline = tree.resolve("baseline.yaml");
        CliRun.of("scan", tree.toString(), "--write-baseline", baseline.toString());
        Files.writeString(tree.resolve("ci/.docker/config.json"),
                "{\"auths\": {\"docker.io\": {}, \"index.docker.io\": {}, \"https://quay.io\": {}, \"http://quay.io\": {},"
                        + " \"registry-1.docker.io\": {}}, \"credsStore\": \"pass\"}");

        CliRun run = CliRun.of("scan", tree.toString(), "--baseline", baseline.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("\"registry-1.docker.io\"").doesNotContain("keyed \"docker.io\"");
    }

    @Test
    void aConfigunitYamlBesideTheTreeSuppressesWithItsReasonAndReportsStaleEntries() throws IOException {
        Files.writeString(tree.resolve(".configunit.yaml"), """
                suppressions:
                  - rule: docker/hub-key
                    path: ci/.docker/config.json
                    reason: this file documents the wrong keys on purpose
                  - rule: docker/json-syntax
                    path: gone.json
                    reason: the file was deleted
                """);

        CliRun run = CliRun.of("scan", tree.toString(), "--format", "json");
        JsonNode report = JSON.readTree(run.out());

        assertThat(report.get("findings")).extracting(f -> f.get("rule").asString())
                .containsOnly("docker/duplicate-registry", "docker/registry-key");
        assertThat(report.get("suppressed")).hasSize(2).allSatisfy(s -> assertThat(s.get("justification").asString())
                .isEqualTo("this file documents the wrong keys on purpose"));
        assertThat(report.get("staleSuppressions")).singleElement().satisfies(s -> {
            assertThat(s.get("path").asString()).isEqualTo("gone.json");
            assertThat(s.get("line").asInt()).isEqualTo(5);
        });
    }

    @Test
    void aFingerprintSuppressesOnlyThatFinding() throws IOException {
        JsonNode report = JSON.readTree(CliRun.of("scan", tree.toString(), "--format", "json").out());
        String fingerprint = report.get("findings").get(0).get("fingerprint").asString();
        String rule = report.get("findings").get(0).get("rule").asString();
        Files.writeString(tree.resolve("accepted.yaml"), "suppressions:\n  - rule: " + rule
                + "\n    path: ci/.docker/config.json\n    fingerprint: " + fingerprint + "\n    reason: accepted\n");

        JsonNode after = JSON.readTree(CliRun.of("scan", tree.toString(), "--format", "json", "--baseline",
                tree.resolve("accepted.yaml").toString()).out());

        assertThat(after.get("suppressed")).hasSize(1);
        assertThat(after.get("findings")).hasSize(report.get("findings").size() - 1);
    }

    @Test
    void aMalformedSuppressionFileIsAUsageErrorWithItsPosition() throws IOException {
        Path bad = tree.resolve("bad.yaml");
        Files.writeString(bad, "suppressions:\n  - rule: docker/hub-key\n    path: x\n    reasons: typo\n");

        CliRun run = CliRun.of("scan", tree.toString(), "--baseline", bad.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(bad + ":4:5: ");
    }
}
