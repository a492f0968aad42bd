package dev.configunit.cli;

import dev.configunit.rule.RuleFileException;
import dev.configunit.rule.RuleFileLoader;
import dev.configunit.rule.RuleSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code configunit rules}: lists every rule with its id, level, summary and the clients it protects.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the rules: built-in and those added with --rules.")
final class RulesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown or json (default: text)")
    String format;

    @Option(names = "--rules", paramLabel = "PATH", description = "a rule file or directory of rule files to add (repeatable)")
    List<Path> rules = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleSet ruleSet;
        try {
            ruleSet = RuleFileLoader.withUserRules(rules);
        } catch (RuleFileException e) {
            err.println("configunit: rule file error: " + e.getMessage());
            return ExitCode.USAGE;
        }
        switch (format) {
            case "text" -> out.print(RuleListing.text(ruleSet));
            case "markdown" -> out.print(RuleListing.markdown(ruleSet));
            case "json" -> out.print(RuleListing.json(ruleSet));
            default -> {
                err.println("configunit: unknown format '" + format + "' (expected text, markdown or json)");
                return ExitCode.USAGE;
            }
        }
        out.flush();
        return ExitCode.CLEAN;
    }
}
