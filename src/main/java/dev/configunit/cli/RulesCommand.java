package dev.configunit.cli;

import dev.configunit.rule.RuleFileException;
import dev.configunit.rule.RuleFileLoader;
import dev.configunit.rule.RuleSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code configunit rules}: lists every rule with its id, level, summary and the clients it protects.
 */
final class RulesCommand {

    static final CommandSpec SPEC = CommandSpec.command("rules",
            "List the rules: built-in and those added with --rules.", null,
            List.of(OptionSpec.value("--format", "FORMAT", "text, markdown or json (default: text)")
                            .withDefault("text"),
                    OptionSpec.repeatable("--rules", "PATH",
                            "a rule file or directory of rule files to add (repeatable)")));

    private final String format;
    private final List<Path> rules;

    RulesCommand(Arguments arguments) {
        format = arguments.value("--format");
        rules = arguments.paths("--rules");
    }

    int call(PrintWriter out, PrintWriter err) {
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
