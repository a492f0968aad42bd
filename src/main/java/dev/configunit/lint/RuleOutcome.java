package dev.configunit.lint;

import dev.configunit.finding.Finding;
import dev.configunit.rule.Rule;
import java.util.List;

/**
 * What one rule made of one source: passed, failed with findings, skipped with a reason, or broke.
 *
 * @param rule the rule
 * @param status the outcome
 * @param findings the findings, sorted by position (empty unless {@code FAILED})
 * @param reason why it was skipped or broke; {@code ""} otherwise
 * @param suppressed the findings a suppression or baseline accepts
 */
public record RuleOutcome(Rule rule, Status status, List<Finding> findings, String reason,
        List<SuppressedFinding> suppressed) {

    public RuleOutcome {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
    }

    /** The outcome of a rule. */
    public enum Status {
        PASSED,
        FAILED,
        SKIPPED,
        /** The check itself failed: a bug in ConfigUnit or a user rule, never a finding. */
        BROKEN
    }

    static RuleOutcome of(Rule rule, List<Finding> findings, List<SuppressedFinding> suppressed) {
        return new RuleOutcome(rule, findings.isEmpty() ? Status.PASSED : Status.FAILED, findings, "", suppressed);
    }

    static RuleOutcome skipped(Rule rule, String reason) {
        return new RuleOutcome(rule, Status.SKIPPED, List.of(), reason, List.of());
    }

    static RuleOutcome broken(Rule rule, String reason) {
        return new RuleOutcome(rule, Status.BROKEN, List.of(), reason, List.of());
    }
}
