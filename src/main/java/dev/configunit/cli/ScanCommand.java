package dev.configunit.cli;

import dev.configunit.lint.Linter;
import dev.configunit.lint.RepositoryScan;
import dev.configunit.lint.ScanResult;
import dev.configunit.lint.Suppressions;
import dev.configunit.rule.ClientProfile;
import dev.configunit.rule.RuleFileException;
import dev.configunit.rule.RuleFileLoader;
import dev.configunit.rule.RuleSet;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code configunit scan [PATH...]}: finds credential files under the paths and checks them.
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Scan directories or files for credential files and check them.")
final class ScanCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "directories or files to scan (default: .)")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "PATH", description = "a rule file or directory of rule files to add (repeatable)")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--clients", paramLabel = "LIST", split = ",",
            description = "client profiles to check for: docker, podman, gitlab-runner (default: per file kind)")
    List<String> clients = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: text)")
    String format;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "lowest level that makes the exit code 1: error, warning, note or none (default: error)")
    String failOn;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "accept the findings this file lists (as .configunit.yaml does; repeatable)")
    List<Path> baselines = new ArrayList<>();

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "write every current finding to FILE as a baseline, then exit 0")
    Path writeBaseline;

    @CommandLine.Mixin
    ReportFiles reportFiles = new ReportFiles();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FailOn threshold;
        Set<String> selected = new LinkedHashSet<>();
        try {
            threshold = FailOn.valueOf(failOn.toUpperCase(java.util.Locale.ROOT));
            for (String client : clients) {
                selected.add(ClientProfile.fromId(client.trim()).id());
            }
            if (!format.equals("text") && !format.equals("json")) {
                throw new IllegalArgumentException("unknown format '" + format + "' (expected text or json)");
            }
        } catch (IllegalArgumentException e) {
            err.println("configunit: " + (e.getMessage().startsWith("No enum")
                    ? "unknown level '" + failOn + "' for --fail-on (expected error, warning, note or none)"
                    : e.getMessage()));
            return ExitCode.USAGE;
        }
        List<Path> roots = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        for (Path root : roots) {
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                err.println("configunit: " + root + ": no such file or directory");
                return ExitCode.USAGE;
            }
        }
        RuleSet ruleSet;
        try {
            ruleSet = RuleFileLoader.withUserRules(rules);
        } catch (RuleFileException e) {
            err.println("configunit: rule file error: " + e.getMessage());
            return ExitCode.USAGE;
        }
        Suppressions suppressions;
        try {
            List<Path> files = new ArrayList<>();
            roots.forEach(root -> Suppressions.besideTree(root).ifPresent(files::add));
            files.addAll(baselines);
            suppressions = Suppressions.load(files);
        } catch (RuleFileException e) {
            err.println("configunit: suppression file error: " + e.getMessage());
            return ExitCode.USAGE;
        }
        ScanResult result = RepositoryScan.run(roots, new Linter(ruleSet, selected, suppressions));
        if (writeBaseline != null) {
            return writeBaseline(result, out, err);
        }
        if (format.equals("json")) {
            new JsonReport().write(result, out);
        } else {
            new TextReport(Terminal.isInteractive()).write(result, out);
        }
        if (!reportFiles.write(result, "repository", threshold, err)) {
            return ExitCode.USAGE;
        }
        return threshold.fails(result.findings()) ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }

    private int writeBaseline(ScanResult result, PrintWriter out, PrintWriter err) {
        List<dev.configunit.finding.Finding> all = new ArrayList<>(result.findings());
        result.suppressed().forEach(s -> all.add(s.finding()));
        all.sort(dev.configunit.lint.Findings.ORDER);
        try {
            java.nio.file.Files.writeString(writeBaseline, Suppressions.baselineOf(all));
        } catch (java.io.IOException e) {
            err.println("configunit: cannot write " + writeBaseline + ": " + e.getMessage());
            return ExitCode.USAGE;
        }
        out.println("configunit: wrote " + all.size() + " findings to " + writeBaseline);
        return ExitCode.CLEAN;
    }
}
