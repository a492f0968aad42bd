package dev.configunit.report.codequality;

import dev.configunit.finding.Finding;
import dev.configunit.report.ReportedFinding;
import dev.configunit.report.ReportedScan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a scan as a GitLab Code Quality report, the CodeClimate subset GitLab's merge-request widget reads.
 *
 * <p>One JSON array, one issue per unsuppressed finding, each with every field GitLab requires:
 * {@code description}, {@code check_name}, a stable unique {@code fingerprint}, {@code severity},
 * {@code location.path} relative to the working directory and {@code location.lines.begin}.
 */
public final class CodeQualityReport {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private CodeQualityReport() {
    }

    /** The report as JSON text (UTF-8 without a byte order mark when written; GitLab refuses one). */
    public static String toJson(ReportedScan scan) {
        ArrayNode issues = JSON.createArrayNode();
        for (ReportedFinding reported : scan.findings()) {
            if (reported.suppression().isPresent()) {
                continue; // accepted: not a new issue for the merge request
            }
            issues.add(issue(reported));
        }
        return JSON.writeValueAsString(issues) + "\n";
    }

    /** Writes {@link #toJson} to {@code file}, creating its directory. */
    public static void write(ReportedScan scan, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toJson(scan), StandardCharsets.UTF_8);
    }

    private static ObjectNode issue(ReportedFinding reported) {
        Finding finding = reported.finding();
        ObjectNode issue = JSON.createObjectNode();
        issue.put("type", "issue");
        issue.put("check_name", finding.ruleId());
        String where = reported.artifact().nested() ? reported.artifact().nestedPath() + ": " : "";
        issue.put("description", where + finding.message());
        issue.putArray("categories").add(reported.rule().security() ? "Security" : "Bug Risk");
        issue.put("fingerprint", reported.key());
        issue.put("severity", Severity.of(finding.level(), reported.rule().security()));
        ObjectNode location = issue.putObject("location");
        location.put("path", reported.artifact().path());
        ObjectNode lines = location.putObject("lines");
        lines.put("begin", finding.region().start().line());
        lines.put("end", finding.region().end().line());
        return issue;
    }
}
