package dev.configunit.engine;

import dev.configunit.lint.RuleOutcome;
import dev.configunit.lint.ScanResult;
import dev.configunit.lint.SourceReport;
import dev.configunit.report.ReportedScan;
import dev.configunit.report.codequality.CodeQualityReport;
import dev.configunit.report.sarif.SarifReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.TestDescriptor;

/**
 * The report files a run writes when it ends ({@link Constants#SARIF_FILE_PROPERTY_NAME},
 * {@link Constants#CODEQUALITY_FILE_PROPERTY_NAME}), from the outcomes of the sources and rules that ran.
 */
final class EngineReports {

    private final Optional<Path> sarif;
    private final Optional<Path> codeQuality;

    private EngineReports(Optional<Path> sarif, Optional<Path> codeQuality) {
        this.sarif = sarif;
        this.codeQuality = codeQuality;
    }

    static EngineReports from(ConfigurationParameters parameters) {
        return new EngineReports(path(parameters, Constants.SARIF_FILE_PROPERTY_NAME),
                path(parameters, Constants.CODEQUALITY_FILE_PROPERTY_NAME));
    }

    private static Optional<Path> path(ConfigurationParameters parameters, String key) {
        return parameters.get(key).map(String::trim).filter(value -> !value.isEmpty()).map(Path::of);
    }

    /** Writes the configured reports of the run under {@code engine}; paths are relative to the working directory. */
    void write(ConfigUnitEngineDescriptor engine) {
        if (sarif.isEmpty() && codeQuality.isEmpty()) {
            return;
        }
        List<SourceReport> reports = new ArrayList<>();
        for (TestDescriptor child : engine.getChildren()) {
            if (child instanceof SourceDescriptor source) {
                reports.add(ran(source));
            }
        }
        ReportedScan scan = ReportedScan.of(new ScanResult(reports, engine.skippedInputs()),
                Path.of("").toAbsolutePath());
        try {
            if (sarif.isPresent()) {
                SarifReport.write(scan, "repository", sarif.get());
            }
            if (codeQuality.isPresent()) {
                CodeQualityReport.write(scan, codeQuality.get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("ConfigUnit could not write its report: " + e.getMessage(), e);
        }
    }

    /** The source's report, limited to the rules that are still in the test plan (not filtered out). */
    private static SourceReport ran(SourceDescriptor source) {
        List<RuleOutcome> outcomes = new ArrayList<>();
        for (TestDescriptor child : source.getChildren()) {
            if (child instanceof RuleDescriptor rule) {
                outcomes.add(rule.outcome());
            }
        }
        return new SourceReport(source.report().source(), outcomes);
    }
}
