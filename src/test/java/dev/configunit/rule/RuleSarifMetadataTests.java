package dev.configunit.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code-scanning metadata a rule file may give its rules: {@code precision}, {@code help-uri},
 * {@code security-severity} and path-like tags, checked by the rule-file schema like every other key.
 */
class RuleSarifMetadataTests {

    private static final String RULE = """
            rules:
              - id: acme/hub
                name: AcmeHub
                level: note
                summary: Hub keyed canonically
                applies-to: [docker-config]
                check: hub-key
                message: again
            """;

    @TempDir
    Path dir;

    @Test
    void withoutMetadataARuleIsMediumPrecisionWithoutALink() throws Exception {
        Rule rule = load(RULE);

        assertThat(rule.precision()).isEqualTo("medium");
        assertThat(rule.helpUri()).isNull();
        assertThat(rule.securitySeverity()).isNull();
    }

    @Test
    void theMetadataIsReadAsWritten() throws Exception {
        Rule rule = load(RULE + """
                    precision: low
                    help-uri: https://wiki.example.com/acme/hub
                    security: true
                    security-severity: 9.5
                    tags: [security, external/cwe/cwe-522]
                """);

        assertThat(rule.precision()).isEqualTo("low");
        assertThat(rule.helpUri()).isEqualTo("https://wiki.example.com/acme/hub");
        assertThat(rule.securitySeverity()).isEqualTo(9.5);
        assertThat(rule.tags()).containsExactly("security", "external/cwe/cwe-522");
    }

    @Test
    void anUnknownPrecisionIsARuleFileErrorAtItsPosition() {
        assertThatThrownBy(() -> load(RULE + "    precision: certain\n"))
                .isInstanceOf(RuleFileException.class).hasMessageContaining(":9:");
    }

    @Test
    void aRelativeHelpUriIsARuleFileError() {
        assertThatThrownBy(() -> load(RULE + "    help-uri: docs/rules.md#acme-hub\n"))
                .isInstanceOf(RuleFileException.class).hasMessageContaining(":9:");
    }

    @Test
    void aZeroSecuritySeverityIsARuleFileError() {
        assertThatThrownBy(() -> load(RULE + "    security-severity: 0\n"))
                .isInstanceOf(RuleFileException.class).hasMessageContaining(":9:");
    }

    private Rule load(String text) throws IOException, RuleFileException {
        Path file = dir.resolve("acme.yaml");
        Files.writeString(file, text);
        return RuleFileLoader.withUserRules(List.of(file)).find("acme/hub").orElseThrow();
    }
}
