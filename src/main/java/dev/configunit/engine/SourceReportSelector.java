package dev.configunit.engine;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.configunit.lint.SourceReport;
import java.util.Objects;
import org.apiguardian.api.API;
import org.junit.platform.engine.DiscoverySelector;

/**
 * Selects a credential source that has already been linted, so that the engine reports its outcome without
 * reading the file again.
 *
 * <p>Internal: the command line lints once and runs the engine over the result to write the JUnit Platform's
 * own XML report. Not for use outside ConfigUnit.
 */
@API(status = INTERNAL)
public final class SourceReportSelector implements DiscoverySelector {

    private final SourceReport report;

    public SourceReportSelector(SourceReport report) {
        this.report = Objects.requireNonNull(report, "report");
    }

    public SourceReport report() {
        return report;
    }

    @Override
    public String toString() {
        return "SourceReportSelector[" + report.source().displayPath() + "]";
    }
}
