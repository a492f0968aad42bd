package dev.configunit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.configunit.finding.Level;
import dev.configunit.lint.RuleOutcome;
import dev.configunit.lint.ScanResult;
import dev.configunit.lint.SourceReport;
import dev.configunit.rule.Rule;
import dev.configunit.rule.RuleFileLoader;
import dev.configunit.source.CredentialSource;
import dev.configunit.source.InputProblem;
import dev.configunit.source.Origin;
import dev.configunit.source.SourceKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan as reports see it: rules that ran, findings with stable unique keys, and the tool's own trouble.
 */
class ReportedScanTests {

    @TempDir
    Path tree;

    @Test
    void theRulesAreThoseThatRanInIdOrder() {
        Scans.write(tree, "containers/auth.json", "{}");

        ReportedScan scan = Scans.reported(tree);

        assertThat(scan.rules()).extracting(Rule::id).isSorted()
                .doesNotContain("docker/schema") // not applicable to auth.json
                .contains("docker/hub-key");
    }

    @Test
    void aKeyNamesTheRuleTheFileAndThePointerNotTheLine() {
        Scans.write(tree, ".docker/config.json", "{\"auths\": {\"docker.io\": {}}, \"credsStore\": \"pass\"}");
        String before = Scans.reported(tree).findings().get(0).key();

        Scans.write(tree, ".docker/config.json", "\n\n{\n\"auths\": {\n\n\"docker.io\": {}}, \"credsStore\": \"pass\"}");
        String after = Scans.reported(tree).findings().get(0).key();

        assertThat(after).isEqualTo(before).matches("[0-9a-f]{32}:1");
    }

    @Test
    void aKeyChangesWithTheFileItIsIn() {
        Scans.write(tree, "a/.docker/config.json", "{\"auths\": {\"docker.io\": {}}, \"credsStore\": \"pass\"}");
        Scans.write(tree, "b/.docker/config.json", "{\"auths\": {\"docker.io\": {}}, \"credsStore\": \"pass\"}");

        List<ReportedFinding> findings = Scans.reported(tree).findings();

        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).key()).isNotEqualTo(findings.get(1).key());
    }

    @Test
    void findingsThatShareRuleFileAndPointerAreNumbered() {
        Scans.write(tree, ".docker/config.json", "{\"auths\": {\"docker.io\": {}}, \"credsStore\": \"pass\"}");
        ScanResult once = Scans.scan(tree);
        ScanResult twice = new ScanResult(List.of(once.reports().get(0), once.reports().get(0)), List.of());

        List<ReportedFinding> findings = ReportedScan.of(twice, tree).findings();

        String hash = findings.get(0).key().substring(0, 32);
        assertThat(findings).extracting(ReportedFinding::key).containsExactly(hash + ":1", hash + ":2");
    }

    @Test
    void skippedInputsAreWarningNoticesAndBrokenChecksErrorNoticesNamingTheirRule() {
        Rule rule = RuleFileLoader.builtIn().find("docker/hub-key").orElseThrow();
        CredentialSource source = new CredentialSource(tree.resolve("c.json"), "c.json", SourceKind.DOCKER_CONFIG,
                Origin.REPOSITORY);
        SourceReport report = new SourceReport(source, List.of(new RuleOutcome(rule, RuleOutcome.Status.BROKEN,
                List.of(), "check \"hub-key\" failed with java.lang.IllegalStateException", List.of())));
        ScanResult result = new ScanResult(List.of(report), List.of(new InputProblem("p/.docker/config.json",
                "not a regular file (FIFO, device or socket); skipped")));

        List<Notice> notices = ReportedScan.of(result, tree).notices();

        assertThat(notices).containsExactly(
                new Notice(Level.ERROR, "c.json: check \"hub-key\" failed with java.lang.IllegalStateException",
                        Optional.of(rule)),
                new Notice(Level.WARNING, "p/.docker/config.json: not a regular file (FIFO, device or socket); skipped",
                        Optional.empty()));
    }

    @Test
    void aFindingABaselineAcceptsIsKeptWithTheBaselinesReason() {
        Scans.write(tree, ".docker/config.json", "{\"auths\": {\"docker.io\": {}, \"https://x.example/v2/\": {}}, \"credsStore\": \"pass\"}");

        ReportedScan scan = ReportedScan.of(Scans.scanWithBaseline(tree, """
                suppressions:
                  - rule: docker/hub-key
                    path: .docker/config.json
                    reason: known, fixed in the next image
                """), tree);

        assertThat(scan.anySuppressed()).isTrue();
        assertThat(scan.findings()).extracting(f -> f.finding().ruleId() + " " + f.suppression().orElse("-"))
                .containsExactly("docker/hub-key known, fixed in the next image", "docker/registry-key -");
    }
}
