package dev.configunit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import dev.configunit.cli.Main;
import dev.configunit.lint.Linter;
import dev.configunit.lint.RepositoryScan;
import dev.configunit.rule.RuleFileLoader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine and {@code configunit scan} are two adapters over one lint core: on the same tree they report the
 * same findings. Errors fail the engine's tests; warnings are the engine's report entries.
 */
class EngineCliAgreementTests {

    @TempDir
    Path root;

    private List<ReportedFinding> engineFailures;
    private List<ReportedFinding> engineReportEntries;
    private List<ReportedFinding> cliFindings;

    @BeforeEach
    void scanTheSameTreeWithEngineAndCli() {
        CredentialTree tree = new CredentialTree(root);
        tree.write("svc/.docker/config.json", """
                {
                  "auths": {
                    "docker.io": {"auth": "%s"},
                    "index.docker.io": {},
                    "https://registry.example.com/v2/": {},
                    "ghcr.io": {"auth": "%s"},
                    "quay.io": {"auth": "dXNlcjpwYXNz"},
                    "Registry.Example.org:443": {"identitytoken": "t0ken"}
                  },
                  "credHelpers": {"https://gcr.io": "gcloud"}
                }
                """.formatted(CredentialTree.auth("user", "pass\n"), "dXNlcjpwYXNz-_"));
        tree.writeReadableByOthers("deploy/pull-secret.json", "{\"auths\": {\"registry.example.com\": {\"password\": \"pw\"}}}");
        tree.write("ci/broken.json", "{\"auths\": {\"a.example.com\": {}},}");
        tree.write("containers/auth.json", "{\"auths\": {\"docker.io/library\": {}, \"https://quay.io\": {}}}");
        tree.write("app/config.json", "{\"port\": 8080}");
        tree.write("clean/.docker/config.json", "{\"auths\": {\"https://index.docker.io/v1/\": {}}, \"credsStore\": \"pass\"}");

        EngineExecutionResults results = EngineTestKit.engine(Constants.ENGINE_ID)
                .selectors(selectDirectory(root.toFile()))
                .execute();
        engineFailures = ReportedFinding.failuresOf(results);
        engineReportEntries = ReportedFinding.reportEntriesOf(results);
        cliFindings = cliScan(root);
    }

    @Test
    void theTreeHasBothErrorsAndWarnings() {
        assertThat(cliFindings).extracting(ReportedFinding::level).contains("error", "warning");
        assertThat(cliFindings).extracting(ReportedFinding::rule).contains("docker/hub-key", "docker/auth-whitespace",
                "docker/auth-base64", "docker/registry-key", "docker/inline-credentials", "docker/file-permissions",
                "docker/json-syntax");
    }

    @Test
    void theEnginesFailingTestsReportExactlyTheCliErrorFindings() {
        assertThat(engineFailures).containsExactlyInAnyOrderElementsOf(ofLevel(cliFindings, "error"));
    }

    @Test
    void theEnginesReportEntriesAreExactlyTheCliFindingsBelowError() {
        List<ReportedFinding> belowError = new java.util.ArrayList<>(ofLevel(cliFindings, "warning"));
        belowError.addAll(ofLevel(cliFindings, "note"));
        assertThat(engineReportEntries).containsExactlyInAnyOrderElementsOf(belowError);
    }

    @Test
    void theCliPrintsWhatTheLintCoreFinds() {
        List<ReportedFinding> core = RepositoryScan.run(List.of(root), new Linter(RuleFileLoader.builtIn(), Set.of()))
                .findings().stream().map(ReportedFinding::of).toList();

        assertThat(cliFindings).containsExactlyElementsOf(core);
    }

    private static List<ReportedFinding> ofLevel(List<ReportedFinding> findings, String level) {
        return findings.stream().filter(f -> f.level().equals(level)).toList();
    }

    /** Runs {@code configunit scan DIR --format json} and reads the findings it prints. */
    private static List<ReportedFinding> cliScan(Path dir) {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            exit = Main.run("scan", dir.toString(), "--format", "json");
        } finally {
            System.setOut(original);
        }
        assertThat(exit).as("exit code of a scan with error findings").isEqualTo(1);
        JsonNode report = JsonMapper.builder().build().readTree(printed.toString(StandardCharsets.UTF_8));
        List<ReportedFinding> findings = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            findings.add(new ReportedFinding(f.get("rule").asString(), f.get("level").asString(), f.get("path").asString(),
                    f.get("line").asInt(), f.get("column").asInt(), f.get("message").asString()));
        }
        return findings;
    }
}
