package dev.configunit.cli;

import dev.configunit.finding.Finding;
import dev.configunit.finding.Level;
import dev.configunit.finding.PrintableText;
import dev.configunit.lint.ScanResult;
import dev.configunit.lint.Suppression;
import dev.configunit.source.InputProblem;
import java.io.PrintWriter;
import java.util.List;

/**
 * The human output: {@code path:line:col: severity rule-id message} per finding, then one summary line.
 */
final class TextReport {

    private final boolean colour;

    TextReport(boolean colour) {
        this.colour = colour;
    }

    void write(ScanResult result, PrintWriter out) {
        List<Finding> findings = result.findings();
        for (Finding f : findings) {
            out.println(f.location() + ": " + paint(f.level()) + " " + f.ruleId() + " " + PrintableText.of(f.message()));
        }
        for (Suppression stale : result.staleSuppressions()) {
            out.println(PrintableText.of(stale.file() + ":" + stale.position().line() + ":" + stale.position().column()
                    + ": stale suppression: " + stale.rule() + " in " + stale.path() + " matches no finding"));
        }
        for (InputProblem problem : result.problems()) {
            out.println(PrintableText.of(problem.path()) + ": " + (colour ? "\u001b[35mskipped\u001b[0m" : "skipped")
                    + " " + PrintableText.of(problem.message()));
        }
        out.println(summary(result, findings));
        out.flush();
    }

    static String summary(ScanResult result, List<Finding> findings) {
        long errors = count(findings, Level.ERROR);
        long warnings = count(findings, Level.WARNING);
        long notes = count(findings, Level.NOTE);
        int sources = result.reports().size();
        String text = findings.size() + plural(findings.size(), " finding") + " (" + errors + plural(errors, " error")
                + ", " + warnings + plural(warnings, " warning") + ", " + notes + plural(notes, " note") + ") in "
                + sources + plural(sources, " credential file");
        int suppressed = result.suppressed().size();
        if (suppressed > 0) {
            text += "; " + suppressed + " suppressed";
        }
        if (!result.staleSuppressions().isEmpty()) {
            text += "; " + result.staleSuppressions().size() + " stale "
                    + plural(result.staleSuppressions().size(), "suppression");
        }
        if (!result.problems().isEmpty()) {
            text += "; " + result.problems().size() + plural(result.problems().size(), " input") + " skipped";
        }
        return text;
    }

    private static long count(List<Finding> findings, Level level) {
        return findings.stream().filter(f -> f.level() == level).count();
    }

    private static String plural(long n, String word) {
        return n == 1 ? word : word + "s";
    }

    private String paint(Level level) {
        if (!colour) {
            return level.id();
        }
        String code = switch (level) {
            case ERROR -> "31";
            case WARNING -> "33";
            case NOTE -> "36";
        };
        return "\u001b[" + code + "m" + level.id() + "\u001b[0m";
    }
}
