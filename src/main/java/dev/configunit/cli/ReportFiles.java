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

/**
 * The report-file options ({@code --sarif}, {@code --junit}, {@code --codequality}): any of them, all written
 * from the one scan's result, so no file is read twice.
 */
final class ReportFiles {

    static final OptionSpec SARIF = OptionSpec.value("--sarif", "FILE",
            "also write a SARIF 2.1.0 report (code scanning)");
    static final OptionSpec JUNIT = OptionSpec.value("--junit", "FILE",
            "also write a JUnit XML report (one test per file and rule)");
    static final OptionSpec CODE_QUALITY = OptionSpec.value("--codequality", "FILE",
            "also write a GitLab Code Quality report (merge-request widget)");

    private final Path sarif;
    private final Path junit;
    private final Path codeQuality;

    /** The report files {@code arguments} ask for; their command declares the three options above. */
    ReportFiles(Arguments arguments) {
        sarif = arguments.path(SARIF.name());
        junit = arguments.path(JUNIT.name());
        codeQuality = arguments.path(CODE_QUALITY.name());
    }

    /**
     * Writes the requested reports; paths in them are relative to the working directory.
     *
     * @return whether every requested report was written; if not, the reason is on {@code err}
     */
    boolean write(ScanResult result, String scanKind, FailOn failOn, PrintWriter err) {
        ReportedScan scan = ReportedScan.of(result, Path.of("").toAbsolutePath());
        return write(sarif, file -> SarifReport.write(scan, scanKind, file), err)
                && write(codeQuality, file -> CodeQualityReport.write(scan, file), err)
                && write(junit, file -> JUnitXmlReport.write(result.reports(), failOn.name().toLowerCase(Locale.ROOT),
                        file), err);
    }

    private static boolean write(Path file, Writer writer, PrintWriter err) {
        if (file == null) {
            return true;
        }
        try {
            writer.write(file);
            return true;
        } catch (IOException e) {
            err.println("configunit: cannot write " + file + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
            return false;
        }
    }

    /** Writes one report file. */
    @FunctionalInterface
    private interface Writer {
        void write(Path file) throws IOException;
    }
}
