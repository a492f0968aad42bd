package dev.configunit.cli;

import dev.configunit.lint.ScanResult;
import dev.configunit.report.ReportedScan;
import dev.configunit.report.codequality.CodeQualityReport;
import dev.configunit.report.junit.JUnitXmlReport;
import dev.configunit.report.sarif.SarifReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The report-file options ({@code --sarif}, {@code --junit}, {@code --codequality}): any of them, all written
 * from the one scan's result, so no file is read twice.
 */
final class ReportFiles {

    @Option(names = "--sarif", paramLabel = "FILE", description = "also write a SARIF 2.1.0 report (code scanning)")
    Path sarif;

    @Option(names = "--junit", paramLabel = "FILE", description = "also write a JUnit XML report (one test per file and rule)")
    Path junit;

    @Option(names = "--codequality", paramLabel = "FILE",
            description = "also write a GitLab Code Quality report (merge-request widget)")
    Path codeQuality;

    /**
     * Writes the requested reports; paths in them are relative to the working directory.
     *
     * @return whether every requested report was written; if not, the reason is on {@code err}
     */
    boolean write(ScanResult result, String scanKind, FailOn failOn, PrintWriter err) {
        Path target = null;
        try {
            if (sarif != null || codeQuality != null) {
                ReportedScan scan = ReportedScan.of(result, Path.of("").toAbsolutePath());
                if ((target = sarif) != null) {
                    SarifReport.write(scan, scanKind, sarif);
                }
                if ((target = codeQuality) != null) {
                    CodeQualityReport.write(scan, codeQuality);
                }
            }
            if ((target = junit) != null) {
                JUnitXmlReport.write(result.reports(), failOn.name().toLowerCase(Locale.ROOT), junit);
            }
            return true;
        } catch (IOException e) {
            err.println("configunit: cannot write " + target + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
            return false;
        }
    }
}
