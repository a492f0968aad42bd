package dev.configunit.cli;

import dev.configunit.lint.EnvironmentScan;
import dev.configunit.lint.Linter;
import dev.configunit.lint.ScanResult;
import dev.configunit.lint.Suppressions;
import dev.configunit.rule.RuleFileException;
import dev.configunit.rule.RuleFileLoader;
import dev.configunit.rule.RuleSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code configunit env}: checks what the clients of the running environment (a CI job, a developer's shell)
 * would read: {@code $DOCKER_CONFIG} or {@code ~/.docker}, kaniko's, podman's {@code auth.json} files, a legacy
 * {@code ~/.dockercfg} and the {@code DOCKER_AUTH_CONFIG} variable.
 */
final class EnvCommand {

    static final CommandSpec SPEC = CommandSpec.command("env",
            "Check the credential files and DOCKER_AUTH_CONFIG of the running environment.", null,
            OptionSpec.concat(List.of(OptionSpec.repeatable("--rules", "PATH",
                    "a rule file or directory of rule files to add (repeatable)")), ScanOutput.OPTIONS));

    /** Where tests point the environment; production uses the real one. */
    static Map<String, String> environment = System.getenv();
    static Path kanikoRoot = Path.of("/kaniko");

    private final Arguments arguments;

    EnvCommand(Arguments arguments) {
        this.arguments = arguments;
    }

    int call(PrintWriter out, PrintWriter err) {
        ScanOutput output;
        try {
            output = ScanOutput.from(arguments);
        } catch (IllegalArgumentException e) {
            err.println("configunit: " + e.getMessage());
            return ExitCode.USAGE;
        }
        RuleSet ruleSet;
        try {
            ruleSet = RuleFileLoader.withUserRules(arguments.paths("--rules"));
        } catch (RuleFileException e) {
            err.println("configunit: rule file error: " + e.getMessage());
            return ExitCode.USAGE;
        }
        ScanResult result = EnvironmentScan.run(environment, kanikoRoot,
                new Linter(ruleSet, output.clients(), Suppressions.none()));
        return output.write(result, "environment", out, err);
    }
}
