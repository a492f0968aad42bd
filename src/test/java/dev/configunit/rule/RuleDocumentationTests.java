package dev.configunit.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every built-in rule links to its section of {@code docs/rules.md}, which reports show as the rule's help page.
 */
class RuleDocumentationTests {

    @Test
    void everyBuiltInRuleHasAHelpUriWhoseAnchorIsInTheRuleDocs() throws Exception {
        String docs = Files.readString(Path.of("docs", "rules.md"));

        for (Rule rule : RuleFileLoader.builtIn().rules()) {
            // GitHub's anchor of the heading "## docker/hub-key" is "dockerhub-key".
            String anchor = rule.id().replace("/", "");
            assertThat(rule.helpUri()).as(rule.id()).isEqualTo("https://configunit.dev/docs/rules.md#" + anchor);
            assertThat(docs).as(rule.id()).contains("\n## " + rule.id() + "\n")
                    .contains("**" + rule.summary() + ".**");
        }
    }

    @Test
    void everyBuiltInRuleStatesItsPrecision() {
        for (Rule rule : RuleFileLoader.builtIn().rules()) {
            assertThat(rule.precision()).as(rule.id()).isIn("very-high", "high", "medium");
        }
    }
}
