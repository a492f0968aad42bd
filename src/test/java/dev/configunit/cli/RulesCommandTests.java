package dev.configunit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.configunit.rule.RuleFileLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code configunit rules}: the catalogue from rule metadata, and docs/rules.md generated from it.
 */
class RulesCommandTests {

    @Test
    void docsRulesMdIsGeneratedFromTheRuleFilesAndUpToDate() throws IOException {
        String committed = Files.readString(Path.of("docs/rules.md"));

        assertThat(committed)
                .as("docs/rules.md is stale: run bin/configunit rules --format markdown > docs/rules.md")
                .isEqualTo(RuleListing.markdown(RuleFileLoader.builtIn()));
    }

    @Test
    void textListsEveryRuleWithIdLevelSummaryAndClients() {
        CliRun run = CliRun.of("rules");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).hasSize(RuleFileLoader.builtIn().size());
        assertThat(run.out()).containsPattern(
                "docker/hub-key +error +Docker Hub must be keyed exactly https://index.docker.io/v1/ +\\[docker, podman, gitlab-runner]");
    }

    @Test
    void jsonHasTheMetadataOfEveryRule() {
        JsonNode rules = JsonMapper.builder().build().readTree(CliRun.of("rules", "--format", "json").out());

        assertThat(rules).hasSize(RuleFileLoader.builtIn().size());
        JsonNode inline = null;
        for (JsonNode rule : rules) {
            if (rule.get("id").asString().equals("docker/inline-credentials")) {
                inline = rule;
            }
        }
        assertThat(inline).isNotNull();
        assertThat(inline.get("level").asString()).isEqualTo("warning");
        assertThat(inline.get("escalatedLevel").asString()).isEqualTo("error");
        assertThat(inline.get("security").asBoolean()).isTrue();
    }

    @Test
    void userRulesAreListedToo() {
        CliRun run = CliRun.of("rules", "--rules", "samples/rules");

        assertThat(run.out()).contains("acme/allowed-registries", "acme/creds-store-ecr");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertThat(CliRun.of("rules", "--format", "html").exitCode()).isEqualTo(2);
    }

    @Test
    void theReadmesRuleTableNamesEveryBuiltInRule() throws IOException {
        String readme = Files.readString(Path.of("README.md"));

        for (dev.configunit.rule.Rule rule : RuleFileLoader.builtIn().rules()) {
            assertThat(readme).as("README.md's rule table lacks " + rule.id()).contains("| `" + rule.id() + "` |");
        }
    }
}
