package dev.configunit.lint;

import dev.configunit.finding.Finding;
import dev.configunit.source.CredentialSource;
import java.util.List;

/**
 * The outcome of every applicable rule on one credential source, in rule-id order.
 */
public record SourceReport(CredentialSource source, List<RuleOutcome> outcomes) {

    public SourceReport {
        outcomes = List.copyOf(outcomes);
    }

    /** The findings suppressions accept, sorted like findings. */
    public List<SuppressedFinding> suppressed() {
        return outcomes.stream()
                .flatMap(o -> o.suppressed().stream())
                .sorted(java.util.Comparator.comparing(SuppressedFinding::finding, Findings.ORDER))
                .toList();
    }

    /** All findings of the source that no suppression accepts, sorted by position, then rule. */
    public List<Finding> findings() {
        return outcomes.stream()
                .flatMap(o -> o.findings().stream())
                .sorted(Findings.ORDER)
                .toList();
    }
}
