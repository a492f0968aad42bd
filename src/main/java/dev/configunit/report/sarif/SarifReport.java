package dev.configunit.report.sarif;

import dev.configunit.report.ReportedScan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a scan as a SARIF 2.1.0 log for code-scanning dashboards (GitHub, VS Code, Azure DevOps).
 *
 * <p>One run per file, every rule that ran with its help, one result per finding with a precise region, a
 * {@code %SRCROOT%}-relative path and a fingerprint that survives lines moving; inputs that could not be scanned
 * become tool notifications. No date, machine, user or command line is written, so the same tree gives the
 * same bytes, and no secret can be in it: results quote only the findings' messages.
 */
public final class SarifReport {

    private SarifReport() {
    }

    /**
     * The SARIF log of a scan.
     *
     * @param scan the scan
     * @param scanKind what was scanned ({@code repository}, {@code image}, {@code environment}); it names the
     *     run's category, {@code configunit/<scanKind>/}
     */
    public static String toJson(ReportedScan scan, String scanKind) {
        return SarifJson.MAPPER.writeValueAsString(SarifLogs.of(scan, scanKind)) + "\n";
    }

    /** Writes {@link #toJson} to {@code file}, creating its directory. */
    public static void write(ReportedScan scan, String scanKind, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toJson(scan, scanKind), StandardCharsets.UTF_8);
    }
}
