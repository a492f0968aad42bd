package dev.configunit.report.codequality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.configunit.report.ReportedScan;
import dev.configunit.report.Scans;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The GitLab Code Quality report: one JSON array of issues with every field GitLab's merge-request widget needs
 * (doc/ci/testing/code_quality.md), stable fingerprints, and the paths GitLab links to.
 */
class CodeQualityReportTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tree;

    @Test
    void everyIssueHasTheFieldsGitLabRequires() {
        Scans.write(tree, "deploy/.docker/config.json", """
                {
                  "auths": {
                    "docker.io": {"auth": "dTpw"},
                    "https://registry.example.com/v2/": {}
                  },
                  "credsStore": "pass"
                }
                """);

        JsonNode issues = JSON.readTree(CodeQualityReport.toJson(Scans.reported(tree)));

        assertThat(issues.isArray()).isTrue();
        assertThat(issues).hasSizeGreaterThanOrEqualTo(3);
        for (JsonNode issue : issues) {
            assertThat(issue.get("description").asString()).isNotBlank();
            assertThat(issue.get("check_name").asString()).startsWith("docker/");
            assertThat(issue.get("fingerprint").asString()).isNotBlank();
            assertThat(issue.get("severity").asString()).isIn("info", "minor", "major", "critical", "blocker");
            assertThat(issue.get("location").get("path").asString()).isEqualTo("deploy/.docker/config.json");
            assertThat(issue.get("location").get("lines").get("begin").asInt()).isPositive();
        }
    }

    @Test
    void severityFollowsTheLevelAndAnExposedSecretIsCritical() {
        Scans.write(tree, ".docker/config.json", """
                {"auths": {
                  "docker.io": {},
                  "https://registry.example.com/v2/": {"auth": "dTpw"}
                }, "credsStore": "pass"}
                """);

        JsonNode issues = JSON.readTree(CodeQualityReport.toJson(Scans.reported(tree)));

        assertThat(severity(issues, "docker/hub-key")).isEqualTo("major");
        assertThat(severity(issues, "docker/registry-key")).isEqualTo("minor");
        assertThat(severity(issues, "docker/inline-credentials")).isEqualTo("critical");
    }

    @Test
    void fingerprintsAreUniqueAndSurviveLinesAddedAbove() {
        String config = "{\"auths\": {\"docker.io\": {}, \"index.docker.io\": {}}, \"credsStore\": \"pass\"}";
        Scans.write(tree, ".docker/config.json", config);
        List<String> before = fingerprints(JSON.readTree(CodeQualityReport.toJson(Scans.reported(tree))));

        Scans.write(tree, ".docker/config.json", "\n\n\n" + config);
        JsonNode after = JSON.readTree(CodeQualityReport.toJson(Scans.reported(tree)));

        assertThat(before).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
        assertThat(fingerprints(after)).isEqualTo(before);
        assertThat(after.get(0).get("location").get("lines").get("begin").asInt()).isEqualTo(4);
    }

    @Test
    void aSuppressedFindingIsNotAnIssue() {
        Scans.write(tree, ".docker/config.json", "{\"auths\": {\"docker.io\": {}}, \"credsStore\": \"pass\"}");

        ReportedScan scan = ReportedScan.of(Scans.scanWithBaseline(tree, """
                suppressions:
                  - rule: docker/hub-key
                    path: .docker/config.json
                    reason: in the baseline
                """), tree);

        assertThat(JSON.readTree(CodeQualityReport.toJson(scan))).isEmpty();
    }

    @Test
    void theFileIsUtf8WithoutAByteOrderMarkAndAnEmptyScanIsAnEmptyArray() throws Exception {
        Path file = tree.resolve("out/gl-code-quality-report.json");

        CodeQualityReport.write(Scans.reported(Files.createDirectories(tree.resolve("empty"))), file);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0]).isEqualTo((byte) '[');
        assertThat(JSON.readTree(new String(bytes, StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void theSameTreeGivesTheSameBytes() {
        Scans.write(tree, "a/.docker/config.json", "{\"auths\": {\"docker.io\": {}}, \"credsStore\": \"pass\"}");
        Scans.write(tree, "b/containers/auth.json", "{\"auths\": {\"quay.io\": {\"auth\": \"%%%\"}}}");

        assertThat(CodeQualityReport.toJson(Scans.reported(tree))).isEqualTo(CodeQualityReport.toJson(Scans.reported(tree)));
    }

    private static String severity(JsonNode issues, String rule) {
        for (JsonNode issue : issues) {
            if (issue.get("check_name").asString().equals(rule)) {
                return issue.get("severity").asString();
            }
        }
        throw new AssertionError("no issue for " + rule);
    }

    private static List<String> fingerprints(JsonNode issues) {
        List<String> list = new ArrayList<>();
        issues.forEach(issue -> list.add(issue.get("fingerprint").asString()));
        return list;
    }
}
