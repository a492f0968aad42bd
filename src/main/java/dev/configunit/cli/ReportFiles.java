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
