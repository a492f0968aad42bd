package dev.configunit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import dev.configunit.lint.ScanResult;
import dev.configunit.report.SarifOutput;
import dev.configunit.report.Scans;
import dev.configunit.report.SharedSchemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine writes {@code configunit.sarif.file} and {@code configunit.codequality.file} when its run ends, from
 * the sources and rules that ran, so that a Maven or Gradle test run produces the same reports as the command line.
 */
class EngineReportFilesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HUB_KEY = "{\n  \"auths\": {\n    \"docker.io\": {}\n  },\n  \"credsStore\": \"pass\"\n}\n";

    @TempDir
    Path tree;

    @Test
    void aRunWritesBothReportsWithTheFindingsOfEveryRule() throws IOException {
        Scans.write(tree, "repo/.docker/config.json", HUB_KEY);

        run(selectDirectory(tree.resolve("repo").toFile()));

        String sarif = SarifOutput.keep("engine", read("out/configunit.sarif"));
        assertThat(SharedSchemas.sarifViolations(sarif)).isEmpty();
        JsonNode run = JSON.readTree(sarif).get("runs").get(0);
        assertThat(run.get("tool").get("driver").get("rules")).hasSize(applicableRules());
        assertThat(run.get("results")).singleElement().satisfies(result -> {
            assertThat(result.get("ruleId").asString()).isEqualTo("docker/hub-key");
            assertThat(result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri")
                    .asString()).endsWith("repo/.docker/config.json").doesNotStartWith("/");
        });
        JsonNode issues = JSON.readTree(read("out/gl-code-quality-report.json"));
        assertThat(issues).singleElement().satisfies(issue ->
                assertThat(issue.get("check_name").asString()).isEqualTo("docker/hub-key"));
    }

    @Test
    void theReportsHoldOnlyTheRulesThatRan() throws IOException {
        Scans.write(tree, "repo/.docker/config.json", "{\"auths\": {\"docker.io\": {}, \"https://x.example/v2/\": {}}, \"credsStore\": \"pass\"}");
        UniqueId source = EngineTestKit.engine(Constants.ENGINE_ID)
                .selectors(selectDirectory(tree.resolve("repo").toFile())).discover()
                .getEngineDescriptor().getChildren().iterator().next().getUniqueId();

        run(selectUniqueId(source.append("rule", "docker/registry-key")));

        JsonNode run = JSON.readTree(read("out/configunit.sarif")).get("runs").get(0);
        assertThat(run.get("tool").get("driver").get("rules")).singleElement()
                .satisfies(rule -> assertThat(rule.get("id").asString()).isEqualTo("docker/registry-key"));
        assertThat(run.get("results")).extracting(r -> r.get("ruleId").asString()).containsOnly("docker/registry-key");
    }

    @Test
    void inputsDiscoverySkippedAreToolNotifications() throws IOException {
        Scans.write(tree, "repo/ok/.docker/config.json", "{}");
        Path dangling = tree.resolve("repo/gone/.docker/config.json");
        Files.createDirectories(dangling.getParent());
        Files.createSymbolicLink(dangling, tree.resolve("nowhere"));

        run(selectDirectory(tree.resolve("repo").toFile()));

        JsonNode notifications = JSON.readTree(read("out/configunit.sarif")).get("runs").get(0).get("invocations")
                .get(0).get("toolExecutionNotifications");
        assertThat(notifications).singleElement().satisfies(n -> assertThat(n.get("message").get("text").asString())
                .isEqualTo("gone/.docker/config.json: dangling symbolic link; skipped."));
    }

    @Test
    void withoutTheKeysNoReportIsWritten() {
        Scans.write(tree, "repo/.docker/config.json", HUB_KEY);

        EngineTestKit.engine(Constants.ENGINE_ID).selectors(selectDirectory(tree.resolve("repo").toFile())).execute();

        assertThat(tree.resolve("out")).doesNotExist();
    }

    @Test
    void aLintedSourceSelectedByItsReportIsNotReadAgain() throws IOException {
        Path file = Scans.write(tree, "repo/.docker/config.json", HUB_KEY);
        ScanResult linted = Scans.scan(tree.resolve("repo"));
        Files.delete(file);

        EngineExecutionResults results = EngineTestKit.engine(Constants.ENGINE_ID)
                .selectors(new SourceReportSelector(linted.reports().get(0)))
                .execute();

        int rules = applicableRules();
        results.testEvents().assertStatistics(stats -> stats.started(rules).failed(1).succeeded(rules - 1));
    }

    /** How many built-in rules apply to a Docker config.json. */
    private static int applicableRules() {
        return (int) dev.configunit.rule.RuleFileLoader.builtIn().rules().stream()
                .filter(rule -> rule.appliesTo(dev.configunit.source.SourceKind.DOCKER_CONFIG))
                .count();
    }

    private void run(org.junit.platform.engine.DiscoverySelector selector) {
        EngineTestKit.engine(Constants.ENGINE_ID)
                .selectors(selector)
                .configurationParameter(Constants.SARIF_FILE_PROPERTY_NAME, tree.resolve("out/configunit.sarif").toString())
                .configurationParameter(Constants.CODEQUALITY_FILE_PROPERTY_NAME,
                        tree.resolve("out/gl-code-quality-report.json").toString())
                .execute();
    }

    private String read(String relative) throws IOException {
        return Files.readString(tree.resolve(relative), StandardCharsets.UTF_8);
    }
}
