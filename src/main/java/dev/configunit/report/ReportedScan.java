package dev.configunit.report;

import dev.configunit.finding.Finding;
import dev.configunit.finding.Fingerprint;
import dev.configunit.finding.Level;
import dev.configunit.lint.Findings;
import dev.configunit.lint.RuleOutcome;
import dev.configunit.lint.ScanResult;
import dev.configunit.lint.SourceReport;
import dev.configunit.lint.SuppressedFinding;
import dev.configunit.lint.Suppression;
import dev.configunit.rule.Rule;
import dev.configunit.source.InputProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One scan as every report file shows it: the rules that ran, the findings with their dashboard paths and
 * stable keys, and the tool's own trouble. The SARIF and Code Quality writers read only this.
 */
public final class ReportedScan {

    private final List<Rule> rules;
    private final List<ReportedFinding> findings;
    private final List<Notice> notices;
    private final List<Notice> configurationNotices;

    private ReportedScan(List<Rule> rules, List<ReportedFinding> findings, List<Notice> notices,
            List<Notice> configurationNotices) {
        this.rules = List.copyOf(rules);
        this.findings = List.copyOf(findings);
        this.notices = List.copyOf(notices);
        this.configurationNotices = List.copyOf(configurationNotices);
    }

    /**
     * A scan as reports show it. Findings a suppression or baseline accepts are kept, with its justification.
     *
     * @param result what the linter found
     * @param workingDirectory what report paths are relative to: the repository root in CI
     */
    public static ReportedScan of(ScanResult result, Path workingDirectory) {
        Map<String, Rule> rules = new TreeMap<>();
        List<ReportedFinding> findings = new ArrayList<>();
        List<Notice> notices = new ArrayList<>();
        Map<String, Integer> occurrences = new HashMap<>();
        List<SourceReport> reports = new ArrayList<>(result.reports());
        reports.sort(Comparator.comparing(r -> r.source().displayPath()));
        for (SourceReport report : reports) {
            ArtifactPath artifact = ArtifactPath.of(report.source(), workingDirectory);
            for (RuleOutcome outcome : report.outcomes()) {
                Rule rule = outcome.rule();
                rules.putIfAbsent(rule.id(), rule);
                if (outcome.status() == RuleOutcome.Status.BROKEN) {
                    notices.add(new Notice(Level.ERROR, report.source().displayPath() + ": " + outcome.reason(),
                            Optional.of(rule)));
                }
            }
            List<SuppressedFinding> all = new ArrayList<>();
            report.findings().forEach(finding -> all.add(new SuppressedFinding(finding, null)));
            all.addAll(report.suppressed());
            all.sort(Comparator.comparing(SuppressedFinding::finding, Findings.ORDER));
            for (SuppressedFinding entry : all) {
                Finding finding = entry.finding();
                Rule rule = report.outcomes().stream()
                        .map(RuleOutcome::rule)
                        .filter(r -> r.id().equals(finding.ruleId()))
                        .findFirst()
                        .orElseThrow();
                String identity = Fingerprint.of(finding.ruleId(), artifact.path(), artifact.nestedPath(),
                        report.source().variable(), finding.pointer());
                int n = occurrences.merge(identity, 1, Integer::sum);
                findings.add(new ReportedFinding(finding, rule, artifact, identity + ":" + n,
                        Optional.ofNullable(entry.justification())));
            }
        }
        for (InputProblem problem : result.problems()) {
            notices.add(new Notice(Level.WARNING, problem.path() + ": " + problem.message(), Optional.empty()));
        }
        findings.sort(Comparator.comparing(ReportedFinding::finding, Findings.ORDER));
        List<Notice> configuration = new ArrayList<>();
        for (Suppression stale : result.staleSuppressions()) {
            configuration.add(new Notice(Level.WARNING, relative(stale.file(), workingDirectory) + ":"
                    + stale.position().line() + ":" + stale.position().column() + ": stale suppression: "
                    + stale.rule() + " in " + stale.path() + " matches no finding", Optional.empty()));
        }
        return new ReportedScan(List.copyOf(rules.values()), findings, notices, configuration);
    }

    /** A suppression file's name as reports give it: relative to the working directory, never absolute. */
    private static String relative(String file, Path workingDirectory) {
        Path path = Path.of(file);
        if (!path.isAbsolute()) {
            return file;
        }
        Path base = workingDirectory.toAbsolutePath().normalize();
        Path normalized = path.normalize();
        return normalized.startsWith(base)
                ? base.relativize(normalized).toString().replace('\\', '/')
                : String.valueOf(normalized.getFileName());
    }

    /** The rules that ran on at least one source, in id order. */
    public List<Rule> rules() {
        return rules;
    }

    /** Every finding, sorted by path, line, column and rule. */
    public List<ReportedFinding> findings() {
        return findings;
    }

    /** Broken checks, then skipped inputs. */
    public List<Notice> notices() {
        return notices;
    }

    /** Trouble with the scan's configuration: suppressions that match no finding. */
    public List<Notice> configurationNotices() {
        return configurationNotices;
    }

    /** Whether any finding is suppressed (SARIF then gives every result a {@code suppressions} array). */
    public boolean anySuppressed() {
        return findings.stream().anyMatch(f -> f.suppression().isPresent());
    }
}
