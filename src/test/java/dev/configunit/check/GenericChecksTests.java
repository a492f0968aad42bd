package dev.configunit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.configunit.parse.GoJsonReader;
import dev.configunit.parse.ParsedJson;
import dev.configunit.source.CredentialSource;
import dev.configunit.source.Origin;
import dev.configunit.source.SourceKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generic check functions that user rules are written with (docs/writing-rules.md).
 */
class GenericChecksTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CONFIG = """
            {
              "auths": {
                "registry.acme.io": {"auth": "c2VjcmV0OnNlY3JldA=="},
                "https://user:pw@evil.example.com": {"password": "p"}
              },
              "credsStore": "desktop"
            }""";

    @Test
    void givenSelectsKeysWithATrailingTildeAndValuesWithout() throws Exception {
        JsonNode root = GoJsonReader.read(CONFIG).root();

        assertThat(GivenPath.parse("/auths/*~").select(root)).extracting(GivenPath.Selected::key)
                .containsExactly("registry.acme.io", "https://user:pw@evil.example.com");
        assertThat(GivenPath.parse("/auths/*/auth").select(root)).extracting(GivenPath.Selected::pointer)
                .containsExactly("/auths/registry.acme.io/auth");
        assertThat(GivenPath.parse("/credsStore").select(root)).singleElement()
                .satisfies(s -> assertThat(s.value().asString()).isEqualTo("desktop"));
        assertThat(GivenPath.parse("").select(root)).hasSize(1);
    }

    @Test
    void givenMustBeAPointer() {
        assertThatThrownBy(() -> GivenPath.parse("auths/*")).hasMessageContaining("JSON Pointer");
    }

    @Test
    void patternReportsKeysThatDoNotMatchAndMasksUserInfo() throws Exception {
        List<Violation> violations = run("pattern", "/auths/*~", "{\"match\": \"^registry\\\\.acme\\\\.io$\"}");

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.onKey()).isTrue();
            assertThat(v.args().get("key")).isEqualTo("https://***@evil.example.com");
            assertThat(v.args().get("pointer")).doesNotContain("user:pw");
        });
    }

    @Test
    void patternNotMatchReportsWhatMatches() throws Exception {
        assertThat(run("pattern", "/credsStore", "{\"notMatch\": \"^desktop\"}")).hasSize(1);
        assertThat(run("pattern", "/credsStore", "{\"notMatch\": \"^ecr\"}")).isEmpty();
    }

    @Test
    void patternNeedsAnOptionAndAValidExpression() {
        assertThatThrownBy(() -> create("pattern", "/credsStore", "{}")).hasMessageContaining("with.match");
        assertThatThrownBy(() -> create("pattern", "/credsStore", "{\"match\": \"(\"}"))
                .hasMessageContaining("not a valid regular expression");
    }

    @Test
    void enumIsAnAllowList() throws Exception {
        assertThat(run("enum", "/credsStore", "{\"values\": [\"ecr-login\"]}")).singleElement()
                .satisfies(v -> assertThat(v.args()).containsEntry("allowed", "ecr-login"));
        assertThat(run("enum", "/credsStore", "{\"values\": [\"desktop\", \"pass\"]}")).isEmpty();
    }

    @Test
    void requiredReportsTheObjectThatLacksTheMember() throws Exception {
        assertThat(run("required", "/auths/*/auth", "{}")).singleElement()
                .satisfies(v -> assertThat(v.pointer()).isEqualTo("/auths/https:~1~1user:pw@evil.example.com"));
        assertThat(run("required", "/credsStore", "{}")).isEmpty();
        assertThat(run("required", "/credHelpers", "{}")).singleElement()
                .satisfies(v -> assertThat(v.pointer()).isEmpty());
    }

    @Test
    void requiredNeedsAMemberName() {
        assertThatThrownBy(() -> create("required", "/auths/*", "{}")).hasMessageContaining("ends with a member name");
    }

    @Test
    void forbiddenReportsEverythingSelected() throws Exception {
        assertThat(run("forbidden", "/auths/*/password", "{}")).hasSize(1);
        assertThat(run("forbidden", "/auths/*/identitytoken", "{}")).isEmpty();
    }

    @Test
    void typeReportsOtherTypes() throws Exception {
        assertThat(run("type", "/credsStore", "{\"type\": \"string\"}")).isEmpty();
        assertThat(run("type", "/auths/*", "{\"type\": [\"string\", \"null\"]}")).hasSize(2)
                .allSatisfy(v -> assertThat(v.args()).containsEntry("actual", "object"));
        assertThatThrownBy(() -> create("type", "/credsStore", "{\"type\": \"text\"}")).hasMessageContaining("with.type");
    }

    @Test
    void noGenericCheckPutsAValueIntoItsArguments() throws Exception {
        List<Violation> all = new ArrayList<>();
        all.addAll(run("pattern", "/auths/*/auth", "{\"match\": \"^x$\"}"));
        all.addAll(run("enum", "/auths/*/auth", "{\"values\": [\"x\"]}"));
        all.addAll(run("forbidden", "/auths/*/password", "{}"));
        all.addAll(run("type", "/auths/*/auth", "{\"type\": \"number\"}"));

        assertThat(all).isNotEmpty().allSatisfy(v -> assertThat(v.args().values().toString())
                .doesNotContain("c2VjcmV0", "secret", "pw@", "\"p\""));
    }

    private static Check create(String check, String given, String with) {
        return CheckCatalogue.create(check, new CheckSpec(given, JSON.readTree(with), path -> ""));
    }

    private static List<Violation> run(String check, String given, String with) throws Exception {
        ParsedJson document = GoJsonReader.read(CONFIG);
        CredentialSource source = new CredentialSource(Path.of("config.json"), "config.json", SourceKind.DOCKER_CONFIG,
                Origin.REPOSITORY);
        List<Violation> violations = new ArrayList<>();
        create(check, given, with).check(new CheckContext(source, document, Optional::empty), violations::add);
        return violations;
    }
}
