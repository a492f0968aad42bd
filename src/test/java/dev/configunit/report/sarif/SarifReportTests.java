package dev.configunit.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import dev.configunit.report.ReportedScan;
import dev.configunit.report.Scans;
import dev.configunit.rule.Rule;
import dev.configunit.rule.RuleFileLoader;
import dev.configunit.source.SourceKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the SARIF log says about a scan: rules from the rule files, results with explicit levels, precise regions,
 * relative paths and fingerprints that survive edits above them.
 */
class SarifReportTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HUB_KEY = """
            {
              "auths": {
                "docker.io": {}
              },
              "credsStore": "pass"
            }
            """;

    @TempDir
    Path tree;

    @Test
    void aResultHasTheRuleIdItsIndexAnExplicitLevelAMessageSentenceAndTheExactRegion() {
        Scans.write(tree, ".docker/config.json", HUB_KEY);

        JsonNode run = run(Scans.reported(tree));

        JsonNode result = single(run, "docker/hub-key");
        assertThat(ruleIds(run).get(result.get("ruleIndex").asInt())).isEqualTo("docker/hub-key");
        assertThat(result.get("level").asString()).isEqualTo("error");
        assertThat(result.get("message").get("text").asString())
                .startsWith("Docker Hub credentials keyed \"docker.io\" are never found by docker")
                .endsWith("key them \"https://index.docker.io/v1/\".");
        JsonNode region = result.get("locations").get(0).get("physicalLocation").get("region");
        assertThat(region.get("startLine").asInt()).isEqualTo(3);
        assertThat(region.get("startColumn").asInt()).isEqualTo(5);
        assertThat(region.get("endLine").asInt()).isEqualTo(3);
        assertThat(region.get("endColumn").asInt()).as("one past the closing quote").isEqualTo(16);
    }

    @Test
    void aWarningIsWrittenAsWarningThoughItIsTheSchemaDefault() {
        Scans.write(tree, ".docker/config.json",
                "{\"auths\": {\"https://registry.example.com/v2/\": {}}, \"credsStore\": \"pass\"}");

        JsonNode result = single(run(Scans.reported(tree)), "docker/registry-key");

        assertThat(result.get("level").asString()).isEqualTo("warning");
    }

    @Test
    void theArtifactIsAPercentEncodedPathRelativeToTheWorkingDirectoryUnderSrcroot() {
        Scans.write(tree, "deploy keys/#1/.docker/config.json", HUB_KEY);

        JsonNode location = single(run(Scans.reported(tree)), "docker/hub-key")
                .get("locations").get(0).get("physicalLocation").get("artifactLocation");

        assertThat(location.get("uri").asString()).isEqualTo("deploy%20keys/%231/.docker/config.json");
        assertThat(location.get("uriBaseId").asString()).isEqualTo("%SRCROOT%");
    }

    @Test
    void everyRuleThatRanIsDescribedFromItsRuleFileInIdOrder() {
        Scans.write(tree, ".docker/config.json", HUB_KEY);

        JsonNode run = run(Scans.reported(tree));

        List<String> ids = RuleFileLoader.builtIn().rules().stream()
                .filter(rule -> rule.appliesTo(SourceKind.DOCKER_CONFIG)).map(Rule::id).toList();
        assertThat(ruleIds(run)).containsExactlyElementsOf(ids);
        JsonNode hubKey = rule(run, "docker/hub-key");
        assertThat(hubKey.get("name").asString()).isEqualTo("DockerHubKeyNotCanonical");
        assertThat(hubKey.get("shortDescription").get("text").asString())
                .isEqualTo("Docker Hub must be keyed exactly https://index.docker.io/v1/.");
        assertThat(hubKey.get("fullDescription").get("text").asString())
                .startsWith("The Docker CLI, dockerd and crane/ko/kaniko look Docker Hub credentials up under exactly "
                        + "https://index.docker.io/v1/ [1.4, 3].");
        assertThat(hubKey.get("help").get("markdown").asString()).contains("`https://index.docker.io/v1/`");
        assertThat(hubKey.get("help").get("text").asString()).doesNotContain("`").contains("Fix: rename the key");
        assertThat(hubKey.get("helpUri").asString()).isEqualTo("https://configunit.dev/docs/rules.md#dockerhub-key");
        assertThat(hubKey.get("defaultConfiguration").get("level").asString()).isEqualTo("error");
        assertThat(hubKey.get("properties").get("precision").asString()).isEqualTo("very-high");
        assertThat(hubKey.get("properties").get("problem.severity").asString()).isEqualTo("error");
        assertThat(hubKey.get("properties").has("security-severity")).isFalse();
    }

    @Test
    void aSecurityRuleCarriesItsSeverityAsANumericStringAndItsCweTags() {
        Scans.write(tree, ".docker/config.json", HUB_KEY);

        JsonNode inline = rule(run(Scans.reported(tree)), "docker/inline-credentials");

        assertThat(inline.get("properties").get("security-severity").asString()).isEqualTo("8.0");
        assertThat(inline.get("properties").get("tags")).extracting(JsonNode::asString)
                .contains("security", "external/cwe/cwe-256");
        assertThat(inline.get("defaultConfiguration").get("level").asString()).isEqualTo("warning");
    }

    @Test
    void theLineHashIsOursAndSurvivesLinesAddedAboveTheFinding() {
        Scans.write(tree, ".docker/config.json", HUB_KEY);
        JsonNode before = single(run(Scans.reported(tree)), "docker/hub-key");

        Scans.write(tree, ".docker/config.json", "\n\n\n" + HUB_KEY.replaceFirst("\\{\n", "{\n  \"HttpHeaders\": {},\n"));
        JsonNode after = single(run(Scans.reported(tree)), "docker/hub-key");

        assertThat(after.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt())
                .isEqualTo(7);
        assertThat(after.get("partialFingerprints")).isEqualTo(before.get("partialFingerprints"));
    }

    @Test
    void twoFindingsOfOneRuleHaveDifferentLineHashes() {
        Scans.write(tree, ".docker/config.json", "{\"auths\": {\"docker.io\": {}, \"index.docker.io\": {}}, \"credsStore\": \"pass\"}");

        JsonNode results = run(Scans.reported(tree)).get("results");

        List<String> hashes = new ArrayList<>();
        results.forEach(r -> hashes.add(r.get("partialFingerprints").get("primaryLocationLineHash").asString()));
        assertThat(hashes).doesNotHaveDuplicates();
    }

    @Test
    void theSameTreeGivesTheSameBytes() {
        Scans.write(tree, "a/.docker/config.json", HUB_KEY);
        Scans.write(tree, "b/containers/auth.json", "{\"auths\": {\"quay.io\": {\"auth\": \"not base64!\"}}}");

        assertThat(SarifReport.toJson(Scans.reported(tree), "repository"))
                .isEqualTo(SarifReport.toJson(Scans.reported(tree), "repository"));
    }

    @Test
    void withoutSuppressionsNoResultCarriesASuppressionsArray() {
        Scans.write(tree, ".docker/config.json", HUB_KEY);

        assertThat(run(Scans.reported(tree)).get("results"))
                .allSatisfy(result -> assertThat(result.has("suppressions")).isFalse());
    }

    private static JsonNode run(ReportedScan scan) {
        return JSON.readTree(SarifReport.toJson(scan, "repository")).get("runs").get(0);
    }

    private static JsonNode single(JsonNode run, String ruleId) {
        List<JsonNode> matching = new ArrayList<>();
        run.get("results").forEach(r -> {
            if (r.get("ruleId").asString().equals(ruleId)) {
                matching.add(r);
            }
        });
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private static JsonNode rule(JsonNode run, String id) {
        for (JsonNode rule : run.get("tool").get("driver").get("rules")) {
            if (rule.get("id").asString().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + id);
    }

    private static List<String> ruleIds(JsonNode run) {
        List<String> ids = new ArrayList<>();
        run.get("tool").get("driver").get("rules").forEach(r -> ids.add(r.get("id").asString()));
        return ids;
    }
}
