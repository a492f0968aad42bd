package dev.configunit.engine;

import dev.configunit.finding.Finding;
import dev.configunit.rule.Rule;
import java.util.List;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.MultipleFailuresError;

/**
 * Findings as assertion failures, so that every JUnit XML writer files them as {@code <failure>}, not
 * {@code <error>}. Stack traces are dropped: they would point into the engine, not at the file.
 */
final class Failures {

    private Failures() {
    }

    static AssertionError of(Rule rule, List<Finding> findings) {
        if (findings.size() == 1) {
            return failure(findings.get(0));
        }
        List<AssertionFailedError> failures = findings.stream().map(Failures::failure).toList();
        MultipleFailuresError error = new MultipleFailuresError(rule.id() + ": " + findings.size() + " findings", failures);
        error.setStackTrace(new StackTraceElement[0]);
        return error;
    }

    private static AssertionFailedError failure(Finding finding) {
        AssertionFailedError error = new AssertionFailedError(
                finding.location() + ": " + finding.level().id() + " " + finding.ruleId() + " " + finding.message());
        error.setStackTrace(new StackTraceElement[0]);
        return error;
    }
}
