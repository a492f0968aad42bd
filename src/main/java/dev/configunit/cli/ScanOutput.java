package dev.configunit.cli;

import dev.configunit.lint.ScanResult;
import dev.configunit.rule.ClientProfile;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What {@code scan} and {@code env} share: the selected clients, the console format, the fail-on level and the
 * report files, checked once, and the writing of a result with its exit code.
 */
final class ScanOutput {

    static final List<OptionSpec> OPTIONS = List.of(
            OptionSpec.list("--clients", "LIST",
                    "client profiles to check for: docker, podman, gitlab-runner (default: per file kind)"),
            OptionSpec.value("--format", "FORMAT", "text or json (default: text)").withDefault("text"),
            OptionSpec.value("--fail-on", "LEVEL",
                    "lowest level that makes the exit code 1: error, warning, note or none (default: error)")
                    .withDefault("error"),
            ReportFiles.SARIF, ReportFiles.JUNIT, ReportFiles.CODE_QUALITY);

    private final Set<String> clients;
    private final String format;
    private final FailOn threshold;
    private final ReportFiles reportFiles;

    private ScanOutput(Set<String> clients, String format, FailOn threshold, ReportFiles reportFiles) {
        this.clients = clients;
        this.format = format;
        this.threshold = threshold;
        this.reportFiles = reportFiles;
    }

    /**
     * The options of a command line, checked.
     *
     * @throws IllegalArgumentException with the message to show, for an unknown client, format or level
     */
    static ScanOutput from(Arguments arguments) {
        Set<String> clients = new LinkedHashSet<>();
        for (String client : arguments.values("--clients")) {
            clients.add(ClientProfile.fromId(client.trim()).id());
        }
        String format = arguments.value("--format");
        if (!format.equals("text") && !format.equals("json")) {
            throw new IllegalArgumentException("unknown format '" + format + "' (expected text or json)");
        }
        String failOn = arguments.value("--fail-on");
        FailOn threshold;
        try {
            threshold = FailOn.valueOf(failOn.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown level '" + failOn
                    + "' for --fail-on (expected error, warning, note or none)");
        }
        return new ScanOutput(clients, format, threshold, new ReportFiles(arguments));
    }

    /** The selected client profiles; empty selects each file kind's own. */
    Set<String> clients() {
        return clients;
    }

    /** Prints the result, writes the report files, and returns the exit code. */
    int write(ScanResult result, String scanKind, PrintWriter out, PrintWriter err) {
        if (format.equals("json")) {
            new JsonReport().write(result, out);
        } else {
            new TextReport(Terminal.isInteractive()).write(result, out);
        }
        if (!reportFiles.write(result, scanKind, threshold, err)) {
            return ExitCode.USAGE;
        }
        return threshold.fails(result.findings()) ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }
}
