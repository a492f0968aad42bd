package dev.configunit.lint;

import dev.configunit.finding.Finding;
import dev.configunit.source.InputProblem;
import java.util.List;

/**
 * The outcome of a scan: one report per credential source, the inputs that could not be scanned, and the
 * suppression entries that matched nothing.
 */
public record ScanResult(List<SourceReport> reports, List<InputProblem> problems, List<Suppression> staleSuppressions) {

    public ScanResult {
        reports = List.copyOf(reports);
        problems = List.copyOf(problems);
        staleSuppressions = List.copyOf(staleSuppressions);
    }

    public ScanResult(List<SourceReport> reports, List<InputProblem> problems) {
        this(reports, problems, List.of());
    }

    /** Every finding a suppression accepts, sorted like findings. */
    public List<SuppressedFinding> suppressed() {
        return reports.stream().flatMap(r -> r.suppressed().stream())
                .sorted(java.util.Comparator.comparing(SuppressedFinding::finding, Findings.ORDER)).toList();
    }

    /** Every finding, sorted by path, line, column and rule. */
    public List<Finding> findings() {
        return reports.stream().flatMap(r -> r.findings().stream()).sorted(Findings.ORDER).toList();
    }
}
