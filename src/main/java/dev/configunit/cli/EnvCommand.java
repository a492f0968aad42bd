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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code configunit env}: checks what the clients of the running environment (a CI job, a developer's shell)
 * would read: {@code $DOCKER_CONFIG} or {@code ~/.docker}, kaniko's, podman's {@code auth.json} files, a legacy
 * {@code ~/.dockercfg} and the {@code DOCKER_AUTH_CONFIG} variable.
 */
final class EnvCommand {

    static final CommandSpec SPEC = CommandSpec.command("env",
            "Check the credential files and DOCKER_AUTH_CONFIG of the running environment.", null,
            List.of(OptionSpec.repeatable("--rules", "PATH",
                            "a rule file or directory of rule files to add (repeatable)"),
                    OptionSpec.list("--clients", "LIST",
                            "client profiles to check for: docker, podman, gitlab-runner (default: per file kind)"),
                    OptionSpec.value("--format", "FORMAT", "text or json (default: text)").withDefault("text"),
                    OptionSpec.value("--fail-on", "LEVEL",
                            "lowest level that makes the exit code 1: error, warning, note or none (default: error)")
                            .withDefault("error"),
                    ReportFiles.SARIF, ReportFiles.JUNIT, ReportFiles.CODE_QUALITY));

    /** Where tests point the environment; production uses the real one. */
    static Map<String, String> environment = System.getenv();
    static Path kanikoRoot = Path.of("/kaniko");

    private final List<Path> rules;
    private final List<String> clients;
    private final String format;
    private final String failOn;
    private final ReportFiles reportFiles;

    EnvCommand(Arguments arguments) {
        rules = arguments.paths("--rules");
        clients = arguments.values("--clients");
        format = arguments.value("--format");
        failOn = arguments.value("--fail-on");
        reportFiles = new ReportFiles(arguments);
    }

    int call(PrintWriter out, PrintWriter err) {
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
