package dev.configunit.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.configunit.lint.Linter;
import dev.configunit.lint.RuleOutcome;
import dev.configunit.lint.ScanResult;
import dev.configunit.lint.SourceReport;
import dev.configunit.report.ReportedScan;
import dev.configunit.report.SarifOutput;
import dev.configunit.report.Scans;
import dev.configunit.report.SharedSchemas;
import dev.configunit.rule.RuleFileLoader;
import dev.configunit.source.CredentialSource;
import dev.configunit.source.Origin;
import dev.configunit.source.SourceKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every SARIF log ConfigUnit writes is accepted: valid against the OASIS 2.1.0 schema and GitHub's, and true to
 * GitHub's rules — for the samples, every shared fixture, an empty scan, unreadable inputs, suppressed findings
 * and files inside an image. Each log is kept in {@code target/sarif-out/} for the SARIF Multitool in CI.
 */
class SarifAcceptanceTests {

    private static final Path FIXTURES = Path.of("..", "shared", "fixtures");

    @TempDir
    Path tree;

    @BeforeEach
    void schemasArePresent() {
        SharedSchemas.assumePresent();
    }

    @Test
    void theSamplesScanIsAccepted() {
        JsonNode log = accepted("samples", ReportedScan.of(Scans.scan(Path.of("samples")), Path.of("")));

        JsonNode run = log.get("runs").get(0);
        assertThat(run.get("results")).isNotEmpty();
        assertThat(run.get("results").get(0).get("locations").get(0).get("physicalLocation")
                .get("artifactLocation").get("uri").asString()).startsWith("samples/");
    }

    @Test
    void theWholeFixtureTreeIsAccepted() {
        assumeTrue(Files.isDirectory(FIXTURES), "../shared/fixtures is beside the project");

        accepted("fixtures", ReportedScan.of(Scans.scan(FIXTURES), Path.of("")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureFiles")
    void everyFixtureFileScannedAloneIsAccepted(String name, Path file) {
        assumeTrue(Files.isRegularFile(file), "../shared/fixtures is beside the project");

        accepted("fixture-" + name, ReportedScan.of(Scans.scan(file), Path.of("")));
    }

    static Stream<Arguments> fixtureFiles() throws IOException {
        if (!Files.isDirectory(FIXTURES)) {
            return Stream.of(Arguments.of("absent", FIXTURES.resolve("absent")));
        }
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .map(file -> Arguments.of(FIXTURES.relativize(file).toString().replace('/', '-'), file))
                    .toList()
                    .stream();
        }
    }

    @Test
    void anEmptyScanIsAcceptedWithEmptyRulesAndResults() {
        JsonNode log = accepted("empty", Scans.reported(tree));

        JsonNode run = log.get("runs").get(0);
        assertThat(run.get("results")).isEmpty();
        assertThat(run.get("tool").get("driver").get("rules")).isEmpty();
        assertThat(run.get("invocations").get(0).get("toolExecutionNotifications")).isEmpty();
    }

    @Test
    void unreadableInputsAreToolNotificationsOrFindingsAndTheLogIsAccepted() throws Exception {
        Scans.write(tree, "ok/.docker/config.json", "{\"auths\": {\"docker.io\": {}}, \"credsStore\": \"pass\"}");
        Path dangling = tree.resolve("dangling/.docker/config.json");
        Files.createDirectories(dangling.getParent());
        Files.createSymbolicLink(dangling, tree.resolve("nowhere.json"));
        Path big = Scans.write(tree, "big/.docker/config.json", "");
        Files.write(big, new byte[9 * 1024 * 1024]);
        Path fifo = tree.resolve("pipe/.docker/config.json");
        Files.createDirectories(fifo.getParent());
        boolean fifoMade = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        Path locked = Scans.write(tree, "locked/.docker/config.json", "{}");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));

        JsonNode log = accepted("unreadable", Scans.reported(tree));

        JsonNode run = log.get("runs").get(0);
        JsonNode notifications = run.get("invocations").get(0).get("toolExecutionNotifications");
        assertThat(notifications).anySatisfy(n -> {
            assertThat(n.get("level").asString()).isEqualTo("warning");
            assertThat(n.get("message").get("text").asString()).startsWith("dangling/.docker/config.json: ");
        });
        if (fifoMade) {
            assertThat(notifications).anySatisfy(n -> assertThat(n.get("message").get("text").asString())
                    .startsWith("pipe/.docker/config.json: not a regular file"));
        }
        assertThat(run.get("results")).anySatisfy(result -> {
            assertThat(result.get("ruleId").asString()).isEqualTo("docker/json-syntax");
            assertThat(result.get("locations").get(0).get("physicalLocation").get("artifactLocation")
                    .get("uri").asString()).isEqualTo("big/.docker/config.json");
        });
    }

    @Test
    void aBrokenCheckIsAnErrorNotificationNamingItsRule() {
        Scans.write(tree, ".docker/config.json", "{\"auths\": {\"docker.io\": {}}, \"credsStore\": \"pass\"}");
        SourceReport linted = Scans.scan(tree).reports().get(0);
        List<RuleOutcome> outcomes = new ArrayList<>(linted.outcomes());
        int last = outcomes.size() - 1;
        outcomes.set(last, new RuleOutcome(outcomes.get(last).rule(), RuleOutcome.Status.BROKEN, List.of(),
                "check \"schema\" failed with java.lang.IllegalStateException", List.of()));
        ScanResult result = new ScanResult(List.of(new SourceReport(linted.source(), outcomes)), List.of());

        JsonNode log = accepted("broken-check", ReportedScan.of(result, tree));

        JsonNode run = log.get("runs").get(0);
        JsonNode notification = run.get("invocations").get(0).get("toolExecutionNotifications").get(0);
        assertThat(notification.get("level").asString()).isEqualTo("error");
        int index = notification.get("associatedRule").get("index").asInt();
        assertThat(run.get("tool").get("driver").get("rules").get(index).get("id").asString())
                .isEqualTo(notification.get("associatedRule").get("id").asString());
        assertThat(run.get("invocations").get(0).get("executionSuccessful").asBoolean()).isTrue();
    }

    @Test
    void suppressedFindingsAreAcceptedAndEveryResultCarriesSuppressions() {
        Scans.write(tree, ".docker/config.json", "{\"auths\": {\"docker.io\": {\"auth\": \"dTpw\"}}}");

        JsonNode log = accepted("suppressed", ReportedScan.of(Scans.scanWithBaseline(tree, """
                suppressions:
                  - rule: docker/hub-key
                    path: .docker/config.json
                    reason: Accepted in the baseline
                """), tree));

        JsonNode results = log.get("runs").get(0).get("results");
        assertThat(results).hasSizeGreaterThan(1);
        assertThat(results).allSatisfy(result -> assertThat(result.has("suppressions")).isTrue());
        assertThat(results).filteredOn(r -> r.get("ruleId").asString().equals("docker/hub-key"))
                .singleElement()
                .satisfies(r -> {
                    JsonNode suppression = r.get("suppressions").get(0);
                    assertThat(suppression.get("kind").asString()).isEqualTo("external");
                    assertThat(suppression.get("justification").asString()).isEqualTo("Accepted in the baseline");
                });
    }

    @Test
    void aSuppressionMatchingNothingIsAConfigurationNotification() {
        Scans.write(tree, ".docker/config.json", "{\"auths\": {}, \"credsStore\": \"pass\"}");

        JsonNode log = accepted("stale-suppression", ReportedScan.of(Scans.scanWithBaseline(tree, """
                suppressions:
                  - rule: docker/hub-key
                    path: .docker/config.json
                    reason: fixed long ago
                """), tree));

        JsonNode notification = log.get("runs").get(0).get("invocations").get(0)
                .get("toolConfigurationNotifications").get(0);
        assertThat(notification.get("level").asString()).isEqualTo("warning");
        assertThat(notification.get("message").get("text").asString()).isEqualTo(
                ".configunit-baseline.yaml:2:5: stale suppression: docker/hub-key in .docker/config.json matches no finding.");
    }

    @Test
    void aFileInsideAnImageIsANestedArtifactOfTheImageNeverATemporaryPath() throws Exception {
        Path extracted = Scans.write(tree, "tmp/extract-4711/root/.docker/config.json",
                "{\"auths\": {\"docker.io\": {}}, \"credsStore\": \"pass\"}");
        String image = tree.resolve("build-image.tar").toString();
        CredentialSource source = new CredentialSource(extracted, image + "!/root/.docker/config.json",
                SourceKind.DOCKER_CONFIG, Origin.IMAGE);
        Linter linter = new Linter(RuleFileLoader.builtIn(), Set.of());
        SourceReport report = linter.lint(source, Files.readString(extracted).getBytes(StandardCharsets.UTF_8),
                Optional::empty);

        String sarif = SarifReport.toJson(ReportedScan.of(new ScanResult(List.of(report), List.of()), tree), "image");
        JsonNode log = accepted("image", sarif);

        assertThat(sarif).doesNotContain("extract-4711").doesNotContain(tree.toString());
        JsonNode run = log.get("runs").get(0);
        assertThat(run.get("automationDetails").get("id").asString()).isEqualTo("configunit/image/");
        JsonNode artifacts = run.get("artifacts");
        assertThat(artifacts.get(0).get("location").get("uri").asString()).isEqualTo("build-image.tar");
        assertThat(artifacts.get(1).get("location").get("uri").asString()).isEqualTo("root/.docker/config.json");
        assertThat(artifacts.get(1).get("parentIndex").asInt()).isZero();
        JsonNode location = run.get("results").get(0).get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("index").asInt()).isEqualTo(1);
    }

    private static JsonNode accepted(String name, ReportedScan scan) {
        return accepted(name, SarifReport.toJson(scan, "repository"));
    }

    private static JsonNode accepted(String name, String sarif) {
        return SarifInvariants.assertAccepted(SarifOutput.keep(name, sarif));
    }
}
