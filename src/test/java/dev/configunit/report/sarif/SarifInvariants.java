package dev.configunit.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import dev.configunit.report.SharedSchemas;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What makes a SARIF log acceptable to GitHub code scanning and the other consumers (reports.md, report-formats.md
 * §2–3): the schemas, plus the rules no schema states.
 */
final class SarifInvariants {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> NEVER = Set.of("commandLine", "arguments", "machine", "account",
            "environmentVariables", "startTimeUtc", "endTimeUtc", "timeUtc", "snippet", "contextRegion",
            "contents", "workingDirectory", "versionControlProvenance");

    private SarifInvariants() {
    }

    /** Asserts that {@code sarif} is accepted, and returns it parsed. */
    static JsonNode assertAccepted(String sarif) {
        assertThat(SharedSchemas.sarifViolations(sarif)).as("schema violations").isEmpty();
        JsonNode log = JSON.readTree(sarif);
        assertThat(log.get("$schema").asString()).endsWith("sarif-schema-2.1.0.json");
        assertThat(log.get("version").asString()).isEqualTo("2.1.0");
        assertThat(log.get("runs")).hasSize(1);
        JsonNode run = log.get("runs").get(0);
        assertThat(run.get("automationDetails").get("id").asString()).matches("configunit/[a-z-]+/");
        assertThat(run.get("columnKind").asString()).isEqualTo("utf16CodeUnits");
        assertThat(run.get("originalUriBaseIds").get("%SRCROOT%").has("uri")).as("no machine path").isFalse();
        assertThat(run.get("invocations").get(0).get("executionSuccessful").asBoolean()).isTrue();
        JsonNode driver = run.get("tool").get("driver");
        assertThat(driver.get("name").asString()).isEqualTo("ConfigUnit");
        assertThat(driver.get("semanticVersion").asString()).matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?");
        assertThat(driver.get("informationUri").asString()).startsWith("https://");
        List<String> ruleIds = new ArrayList<>();
        for (JsonNode rule : driver.get("rules")) {
            ruleIds.add(rule.get("id").asString());
            assertRuleComplete(rule);
        }
        assertThat(run.has("results")).as("results present even when empty").isTrue();
        boolean anySuppressions = false;
        for (JsonNode result : run.get("results")) {
            int index = result.get("ruleIndex").asInt();
            assertThat(ruleIds.get(index)).isEqualTo(result.get("ruleId").asString());
            assertThat(result.get("level").asString()).isIn("error", "warning", "note");
            assertThat(result.get("message").get("text").asString()).endsWith(".");
            assertThat(result.get("locations")).hasSize(1);
            JsonNode physical = result.get("locations").get(0).get("physicalLocation");
            String uri = physical.get("artifactLocation").get("uri").asString();
            assertThat(uri).doesNotContain(":/").doesNotStartWith("/").doesNotContain("\\");
            if (!physical.get("artifactLocation").has("index")) {
                assertThat(physical.get("artifactLocation").get("uriBaseId").asString()).isEqualTo("%SRCROOT%");
            }
            JsonNode region = physical.get("region");
            for (String field : List.of("startLine", "startColumn", "endLine", "endColumn")) {
                assertThat(region.get(field).asInt()).as(field).isPositive();
            }
            assertThat(result.get("partialFingerprints").get("primaryLocationLineHash").asString())
                    .matches("[0-9a-f]{32}:\\d+");
            anySuppressions |= result.has("suppressions");
        }
        if (anySuppressions) {
            for (JsonNode result : run.get("results")) {
                assertThat(result.has("suppressions")).as("all results or none carry suppressions").isTrue();
            }
        }
        assertThat(keys(log)).as("properties never written").doesNotContainAnyElementsOf(NEVER);
        return log;
    }

    private static void assertRuleComplete(JsonNode rule) {
        String id = rule.get("id").asString();
        assertThat(rule.get("name").asString()).as(id).matches("[A-Z][A-Za-z0-9]*");
        assertThat(rule.get("shortDescription").get("text").asString()).as(id).isNotBlank().hasSizeLessThan(1025);
        assertThat(rule.get("fullDescription").get("text").asString()).as(id).isNotBlank().hasSizeLessThan(1025);
        assertThat(rule.get("help").get("text").asString()).as(id).isNotBlank();
        assertThat(rule.get("help").get("markdown").asString()).as(id).isNotBlank();
        assertThat(rule.get("defaultConfiguration").get("level").asString()).as(id).isIn("error", "warning", "note");
        JsonNode properties = rule.get("properties");
        assertThat(properties.get("tags").size()).as(id).isBetween(1, 20);
        assertThat(properties.get("precision").asString()).as(id).isIn("very-high", "high", "medium", "low");
        if (properties.has("security-severity")) {
            assertThat(properties.get("security-severity").isString()).as(id).isTrue();
            assertThat(Double.parseDouble(properties.get("security-severity").asString())).as(id)
                    .isGreaterThan(0.0).isLessThanOrEqualTo(10.0);
        }
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        if (node.isObject()) {
            node.properties().forEach(e -> {
                keys.add(e.getKey());
                keys.addAll(keys(e.getValue()));
            });
        } else if (node.isArray()) {
            node.forEach(child -> keys.addAll(keys(child)));
        }
        return keys;
    }
}
