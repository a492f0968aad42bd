package dev.configunit.engine;

import dev.configunit.finding.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;
import org.opentest4j.MultipleFailuresError;

/**
 * A finding as a report shows it: what the engine puts in a failure message or a report entry, and what the
 * CLI prints, reduced to the fields they share.
 */
record ReportedFinding(String rule, String level, String path, int line, int column, String message) {

    /** {@code path:line:col: level rule message}, the message of a finding's {@code AssertionFailedError}. */
    private static final Pattern FAILURE = Pattern.compile("(.+):(\\d+):(\\d+): (error|warning|note) (\\S+) (.+)");
    /** {@code path:line:col: level message}, the value of a finding's report entry (its key is the rule id). */
    private static final Pattern ENTRY = Pattern.compile("(.+):(\\d+):(\\d+): (error|warning|note) (.+)");

    static ReportedFinding fromFailureMessage(String text) {
        Matcher m = FAILURE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a finding's failure message: " + text);
        }
        return new ReportedFinding(m.group(5), m.group(4), m.group(1), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), m.group(6));
    }

    static ReportedFinding fromReportEntry(ReportEntry entry) {
        if (entry.getKeyValuePairs().size() != 1) {
            throw new IllegalArgumentException("a finding's report entry has one key: " + entry);
        }
        var pair = entry.getKeyValuePairs().entrySet().iterator().next();
        Matcher m = ENTRY.matcher(pair.getValue());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a finding's report entry: " + pair.getValue());
        }
        return new ReportedFinding(pair.getKey(), m.group(4), m.group(1), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), m.group(5));
    }

    /** Every finding the failed tests of a run report, one per {@code AssertionFailedError}. */
    static List<ReportedFinding> failuresOf(EngineExecutionResults results) {
        List<ReportedFinding> findings = new ArrayList<>();
        for (Event event : results.testEvents().failed().list()) {
            Throwable thrown = event.getRequiredPayload(TestExecutionResult.class)
                    .getThrowable().orElseThrow();
            if (thrown instanceof MultipleFailuresError multiple) {
                multiple.getFailures().forEach(f -> findings.add(fromFailureMessage(f.getMessage())));
            } else {
                findings.add(fromFailureMessage(thrown.getMessage()));
            }
        }
        return findings;
    }

    /** Every finding a run publishes as a report entry. */
    static List<ReportedFinding> reportEntriesOf(EngineExecutionResults results) {
        return results.allEvents().list().stream()
                .filter(event -> event.getType() == EventType.REPORTING_ENTRY_PUBLISHED)
                .map(event -> fromReportEntry(event.getRequiredPayload(ReportEntry.class)))
                .toList();
    }

    static ReportedFinding of(Finding finding) {
        return new ReportedFinding(finding.ruleId(), finding.level().id(), finding.path(), finding.region().line(),
                finding.region().column(), finding.message());
    }
}
