package dev.configunit.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.configunit.finding.Finding;
import dev.configunit.finding.Level;
import dev.configunit.lint.RuleOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code docker/schema}: structure and types must be what docker/cli's {@code ConfigFile} decodes.
 *
 * <p>docker-auth-semantics.md §1.2 (the struct's field types; unknown keys ignored; field names matched
 * case-insensitively; map keys case-sensitive), §11 ({@code "features": {"x": true}} is refused: cannot unmarshal
 * bool).
 */
class SchemaCheckTests {

    private static final String RULE = "docker/schema";
    private static final String TAIL = "; docker (CLI, dockerd, crane, kaniko) fail with \"parsing config file\" and"
            + " ignore the whole file. Fix the type (schema keyword \"type\")";

    @Test
    void validFullConfigPasses() {
        // the field set of §1.2
        String config = """
                {
                  "auths": {
                    "https://index.docker.io/v1/": {"auth": "dXNlcjpwYXNz", "identitytoken": "t"},
                    "registry.example.com": {"username": "u", "password": "p", "email": "e", "serveraddress": "s"}
                  },
                  "HttpHeaders": {"X-Meta": "1"},
                  "psFormat": "table {{.ID}}",
                  "detachKeys": "ctrl-e,e",
                  "credsStore": "desktop",
                  "credHelpers": {"gcr.io": "gcloud"},
                  "pruneFilters": ["label=x"],
                  "proxies": {"default": {"httpProxy": "http://proxy:3128", "noProxy": "localhost"}},
                  "currentContext": "default",
                  "cliPluginsExtraDirs": ["/opt/plugins"],
                  "plugins": {"buildx": {"installed": "true"}},
                  "aliases": {"builder": "buildx"},
                  "features": {"hooks": "true"}
                }
                """;

        RuleOutcome outcome = LintRun.dockerConfig().outcome(RULE, config);

        assertThat(outcome.status()).isEqualTo(RuleOutcome.Status.PASSED);
    }

    @Test
    void authsAsAnArrayIsReportedOnTheValue() {
        String config = """
                {
                  "auths": []
                }
                """;

        Finding finding = LintRun.dockerConfig().single(RULE, config);

        assertThat(finding.ruleId()).isEqualTo(RULE);
        assertThat(finding.level()).isEqualTo(Level.ERROR);
        assertThat(finding.pointer()).isEqualTo("/auths");
        assertThat(finding.region().line()).isEqualTo(2);
        assertThat(finding.region().column()).isEqualTo(12);
        assertThat(finding.message()).isEqualTo("/auths must be an object (or null)" + TAIL);
        assertThat(finding.clients()).containsExactly("docker");
    }

    @Test
    void authsEntryThatIsAStringIsReported() {
        String config = """
                {
                  "auths": {
                    "registry.example.com": "dXNlcjpwYXNz"
                  }
                }
                """;

        Finding finding = LintRun.dockerConfig().single(RULE, config);

        assertThat(finding.pointer()).isEqualTo("/auths/registry.example.com");
        assertThat(finding.region().line()).isEqualTo(3);
        assertThat(finding.region().column()).isEqualTo(29);
        assertThat(finding.message()).isEqualTo("/auths/registry.example.com must be an object (or null)" + TAIL);
    }

    @Test
    void numericAuthIsReported() {
        String config = """
                {
                  "auths": {
                    "registry.example.com": {"auth": 42}
                  }
                }
                """;

        Finding finding = LintRun.dockerConfig().single(RULE, config);

        assertThat(finding.pointer()).isEqualTo("/auths/registry.example.com/auth");
        assertThat(finding.region().line()).isEqualTo(3);
        assertThat(finding.region().column()).isEqualTo(38);
        assertThat(finding.message()).isEqualTo("/auths/registry.example.com/auth must be a string (or null)" + TAIL);
    }

    @Test
    void booleanFeatureValueIsReported() {
        // §1.2, §11: "json: cannot unmarshal bool into Go struct field ConfigFile.features of type string"
        String config = """
                {
                  "features": {"x": true}
                }
                """;

        Finding finding = LintRun.dockerConfig().single(RULE, config);

        assertThat(finding.pointer()).isEqualTo("/features/x");
        assertThat(finding.region().line()).isEqualTo(2);
        assertThat(finding.region().column()).isEqualTo(21);
        assertThat(finding.message()).isEqualTo("/features/x must be a string (or null)" + TAIL);
    }

    @Test
    void numericCredsStoreIsReported() {
        Finding finding = LintRun.dockerConfig().single(RULE, "{\"credsStore\": 1}");

        assertThat(finding.pointer()).isEqualTo("/credsStore");
        assertThat(finding.region().line()).isEqualTo(1);
        assertThat(finding.region().column()).isEqualTo(16);
        assertThat(finding.message()).isEqualTo("/credsStore must be a string (or null)" + TAIL);
    }

    @Test
    void fieldNamesInAnotherCaseAreTheSameFieldForGo() {
        // §1.2: Go matches field names case-insensitively, so "Auths": [] fails like "auths": []
        Finding finding = LintRun.dockerConfig().single(RULE, "{\"Auths\": []}");

        assertThat(finding.pointer()).isEqualTo("/Auths");
        assertThat(finding.message()).isEqualTo("/Auths must be an object (or null)" + TAIL);
    }

    @Test
    void entryFieldNamesInAnotherCaseAreCheckedToo() {
        Finding finding = LintRun.dockerConfig().single(RULE, "{\"auths\": {\"r\": {\"PassWord\": 1}}}");

        assertThat(finding.pointer()).isEqualTo("/auths/r/PassWord");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"auths\": null}",
        "{\"auths\": {\"registry.example.com\": null}}",
        "{\"auths\": {\"registry.example.com\": {\"auth\": null, \"username\": null, \"password\": null}}}",
        "{\"credsStore\": null, \"credHelpers\": null, \"features\": {\"x\": null}, \"proxies\": null}",
        "{\"pruneFilters\": [null], \"HttpHeaders\": {\"X\": null}}"
    })
    void nullIsAcceptedAnywhere(String config) {
        // Go leaves a field untouched for null
        assertThat(LintRun.dockerConfig().findings(RULE, config)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "", "  \n", "{\"credStore\": 1}", "{\"auths\": {\"r\": {\"extra\": 1}}}"})
    void emptyFilesAndUnknownKeysAreNotSchemaViolations(String config) {
        // §1.1: a 0-byte file and {} are accepted; §1.2: unknown keys are silently ignored (docker/unknown-key)
        assertThat(LintRun.dockerConfig().findings(RULE, config)).isEmpty();
    }

    @Test
    void topLevelArrayIsReportedAtTheRoot() {
        Finding finding = LintRun.dockerConfig().single(RULE, "[]");

        assertThat(finding.pointer()).isEmpty();
        assertThat(finding.message()).isEqualTo("/ must be an object" + TAIL);
    }

    @Test
    void reportsEveryViolationInDocumentOrder() {
        String config = """
                {
                  "auths": {"a": {"auth": 1}, "b": []},
                  "credsStore": false,
                  "features": {"x": 1}
                }
                """;

        assertThat(LintRun.dockerConfig().findings(RULE, config))
                .extracting(f -> f.region().line() + ":" + f.region().column() + " " + f.pointer())
                .containsExactly("2:27 /auths/a/auth", "2:36 /auths/b", "3:17 /credsStore", "4:21 /features/x");
    }

    @Test
    void doesNotApplyToPodmanAuthJson() {
        // rules.md: containers/image reads only auths and credHelpers (§2.2)
        assertThat(LintRun.containersAuth().report("{\"auths\": []}").outcomes())
                .noneMatch(o -> o.rule().id().equals(RULE));
    }

    @Test
    void messageNeverRepeatsTheOffendingValue() {
        Finding finding = LintRun.dockerConfig().single(RULE, "{\"auths\": {\"r\": {\"auth\": [\"dXNlcjpwYXNz\"]}}}");

        assertThat(finding.message()).doesNotContain("dXNlcjpwYXNz");
    }
}
