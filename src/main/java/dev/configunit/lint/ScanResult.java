package dev.configunit.lint;

import dev.configunit.finding.Finding;
import dev.configunit.source.InputProblem;
import java.util.List;

/**
 * The outcome of a scan: one report per credential source, and the inputs that could not be scanned.
 */
public record ScanResult(List<SourceReport> reports, List<InputProblem> problems) {

    public ScanResult {
        reports = List.copyOf(reports);
        problems = List.copyOf(problems);
    }

    /** Every finding, sorted by path, line, column and rule. */
    public List<Finding> findings() {
        return reports.stream().flatMap(r -> r.findings().stream()).sorted(Findings.ORDER).toList();
    }
}
