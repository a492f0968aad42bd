package dev.configunit.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.configunit.finding.Level;
import dev.configunit.source.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading rule files: the built-in pack, user packs, and errors that name file, line and column.
 */
class RuleFileLoaderTests {

    private static final String VALID = """
            rules:
              - id: acme/hub-key-copy
                name: AcmeHubKey
                level: warning
                summary: Docker Hub keyed canonically
                applies-to: [docker-config]
                check: hub-key
                message: 'Key "{key}" again'
            """;

    @TempDir
    Path dir;

    @Test
    void theBuiltInPackHasTheSeedRulesWithTheCataloguesIdsNamesAndLevels() {
        RuleSet rules = RuleFileLoader.builtIn();

        assertThat(rules.rules()).extracting(Rule::id).contains(
                "docker/json-syntax", "docker/schema", "docker/hub-key", "docker/registry-key",
                "docker/auth-base64", "docker/auth-format", "docker/auth-whitespace",
                "docker/file-permissions", "docker/inline-credentials");
        assertThat(rules.find("docker/hub-key")).get().satisfies(rule -> {
            assertThat(rule.name()).isEqualTo("DockerHubKeyNotCanonical");
            assertThat(rule.level()).isEqualTo(Level.ERROR);
        });
        assertThat(rules.find("docker/registry-key").orElseThrow().level()).isEqualTo(Level.WARNING);
        assertThat(rules.find("docker/inline-credentials").orElseThrow().escalatedLevel()).isEqualTo(Level.ERROR);
        assertThat(rules.find("docker/inline-credentials").orElseThrow().security()).isTrue();
        assertThat(rules.find("docker/file-permissions").orElseThrow().appliesTo(SourceKind.DOCKER_CONFIG)).isTrue();
    }

    @Test
    void everyBuiltInRuleHasASummaryHelpAndClients() {
        for (Rule rule : RuleFileLoader.builtIn().rules()) {
            assertThat(rule.summary()).as(rule.id()).isNotBlank().doesNotContain("\n");
            assertThat(rule.help()).as(rule.id()).isNotBlank();
            assertThat(rule.clients()).as(rule.id()).isNotEmpty();
        }
    }

    @Test
    void aUserRuleFileAddsItsRules() throws Exception {
        Path file = write("acme.yaml", VALID);

        RuleSet rules = RuleFileLoader.withUserRules(List.of(file));

        assertThat(rules.find("acme/hub-key-copy")).get()
                .satisfies(rule -> assertThat(rule.definedIn()).isEqualTo(file.toString()));
        assertThat(rules.size()).isEqualTo(RuleFileLoader.builtIn().size() + 1);
    }

    @Test
    void aDirectoryAddsEveryYamlFileInIt() throws Exception {
        write("packs/one.yaml", VALID);
        write("packs/two.yml", VALID.replace("acme/hub-key-copy", "acme/second"));
        write("packs/readme.txt", "not a rule file");

        RuleSet rules = RuleFileLoader.withUserRules(List.of(dir.resolve("packs")));

        assertThat(rules.find("acme/hub-key-copy")).isPresent();
        assertThat(rules.find("acme/second")).isPresent();
    }

    @Test
    void anInvalidLevelIsReportedAtItsValue() throws IOException {
        Path file = write("bad.yaml", VALID.replace("level: warning", "level: fatal"));

        assertThatThrownBy(() -> RuleFileLoader.withUserRules(List.of(file)))
                .isInstanceOfSatisfying(RuleFileException.class, e -> {
                    assertThat(e.file()).isEqualTo(file.toString());
                    assertThat(e.position().line()).isEqualTo(4);
                    assertThat(e.position().column()).isEqualTo(12);
                    assertThat(e.getMessage()).startsWith(file + ":4:12: \"level\"");
                });
    }

    @Test
    void aMisspeltPropertyIsReportedAtItsKey() throws IOException {
        Path file = write("bad.yaml", VALID.replace("    summary:", "    sumary:"));

        assertThatThrownBy(() -> RuleFileLoader.withUserRules(List.of(file)))
                .isInstanceOfSatisfying(RuleFileException.class, e -> {
                    assertThat(e.position().line()).isEqualTo(5);
                    assertThat(e.position().column()).isEqualTo(5);
                    assertThat(e.problem()).contains("sumary");
                });
    }

    @Test
    void aMissingRequiredPropertyIsReportedAtItsRule() throws IOException {
        Path file = write("bad.yaml", VALID.replace("    check: hub-key\n", ""));

        assertThatThrownBy(() -> RuleFileLoader.withUserRules(List.of(file)))
                .isInstanceOfSatisfying(RuleFileException.class, e -> {
                    assertThat(e.position().line()).isEqualTo(2);
                    assertThat(e.position().column()).isEqualTo(5);
                    assertThat(e.problem()).contains("check");
                });
    }

    @Test
    void anUnknownCheckFunctionIsReportedAtTheCheck() throws IOException {
        Path file = write("bad.yaml", VALID.replace("check: hub-key", "check: hub-keys"));

        assertThatThrownBy(() -> RuleFileLoader.withUserRules(List.of(file)))
                .isInstanceOfSatisfying(RuleFileException.class, e -> {
                    assertThat(e.position().line()).isEqualTo(7);
                    assertThat(e.position().column()).isEqualTo(12);
                    assertThat(e.problem()).contains("unknown check function \"hub-keys\"");
                });
    }

    @Test
    void aYamlSyntaxErrorIsReportedWithItsPosition() throws IOException {
        Path file = write("bad.yaml", "rules:\n  - id: [unclosed\n");

        assertThatThrownBy(() -> RuleFileLoader.withUserRules(List.of(file)))
                .isInstanceOfSatisfying(RuleFileException.class, e -> {
                    assertThat(e.position().line()).isGreaterThanOrEqualTo(2);
                    assertThat(e.problem()).startsWith("not valid YAML");
                });
    }

    @Test
    void aRuleIdThatIsAlreadyDefinedIsRefused() throws IOException {
        Path file = write("bad.yaml", VALID.replace("acme/hub-key-copy", "docker/hub-key"));

        assertThatThrownBy(() -> RuleFileLoader.withUserRules(List.of(file)))
                .isInstanceOfSatisfying(RuleFileException.class, e -> {
                    assertThat(e.position().line()).isEqualTo(2);
                    assertThat(e.problem()).contains("already defined in docker.yaml");
                });
    }

    @Test
    void aMissingRuleFileIsAnError() {
        assertThatThrownBy(() -> RuleFileLoader.withUserRules(List.of(dir.resolve("none.yaml"))))
                .isInstanceOf(RuleFileException.class)
                .hasMessageContaining("no such rule file");
    }

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }
}
