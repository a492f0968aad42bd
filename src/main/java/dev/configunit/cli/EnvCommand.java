package dev.configunit.cli;

import dev.configunit.lint.EnvironmentScan;
import dev.configunit.lint.Linter;
import dev.configunit.lint.ScanResult;
import dev.configunit.lint.Suppressions;
import dev.configunit.rule.ClientProfile;
import dev.configunit.rule.RuleFileException;
import dev.configunit.rule.RuleFileLoader;
import dev.configunit.rule.RuleSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code configunit env}: checks what the clients of the running environment (a CI job, a developer's shell)
 * would read: {@code $DOCKER_CONFIG} or {@code ~/.docker}, kaniko's, podman's {@code auth.json} files, a legacy
 * {@code ~/.dockercfg} and the {@code DOCKER_AUTH_CONFIG} variable.
 */
@Command(name = "env", mixinStandardHelpOptions = true,
        description = "Check the credential files and DOCKER_AUTH_CONFIG of the running environment.")
final class EnvCommand implements Callable<Integer> {

    /** Where tests point the environment; production uses the real one. */
    static Map<String, String> environment = System.getenv();
    static Path kanikoRoot = Path.of("/kaniko");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

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

    @CommandLine.Mixin
    ReportFiles reportFiles = new ReportFiles();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FailOn threshold;
        Set<String> selected = new LinkedHashSet<>();
        try {
            threshold = FailOn.valueOf(failOn.toUpperCase(Locale.ROOT));
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
        RuleSet ruleSet;
        try {
            ruleSet = RuleFileLoader.withUserRules(rules);
        } catch (RuleFileException e) {
            err.println("configunit: rule file error: " + e.getMessage());
            return ExitCode.USAGE;
        }
        ScanResult result = EnvironmentScan.run(environment, kanikoRoot,
                new Linter(ruleSet, selected, Suppressions.none()));
        if (format.equals("json")) {
            new JsonReport().write(result, out);
        } else {
            new TextReport(Terminal.isInteractive()).write(result, out);
        }
        if (!reportFiles.write(result, "environment", threshold, err)) {
            return ExitCode.USAGE;
        }
        return threshold.fails(result.findings()) ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }
}
