package dev.configunit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The help is written from the command specifications: every option with its value and description, every
 * subcommand, within 80 columns.
 */
class UsageHelpTests {

    private static final List<CommandSpec> COMMANDS = Main.PROGRAM.subcommands();

    @Test
    void theProgramHasTheFourCommands() {
        assertThat(COMMANDS).extracting(CommandSpec::name).containsExactly("scan", "env", "fix", "rules");
    }

    @Test
    void everyOptionIsListedWithItsValueAndDescription() {
        for (CommandSpec command : COMMANDS) {
            String help = oneLine(UsageHelp.of(command));
            for (OptionSpec option : command.options()) {
                assertThat(help).as(command.name()).contains(option.synopsis() + " " + option.description());
            }
        }
    }

    @Test
    void theSynopsisShowsWhichOptionsRepeatAndWhichParametersAreRequired() {
        String scan = oneLine(UsageHelp.of(ScanCommand.SPEC));
        String fix = oneLine(UsageHelp.of(FixCommand.SPEC));

        assertThat(scan).startsWith("Usage: configunit scan [-hV] [--codequality=FILE] [--fail-on=LEVEL]")
                .contains("[--clients=LIST[,LIST...]]... [--image=REF]... [--rules=PATH]... [PATH...] Scan ");
        assertThat(fix).startsWith("Usage: configunit fix [-hV] [--dry-run] [--no-backup] "
                + "[--clients=LIST[,LIST...]]... PATH... Fix credential files");
    }

    @Test
    void theParametersAreDescribed() {
        assertThat(oneLine(UsageHelp.of(ScanCommand.SPEC)))
                .contains("[PATH...] directories or files to scan (default: .)");
        assertThat(oneLine(UsageHelp.of(FixCommand.SPEC)))
                .contains("PATH... credential files or directories to fix");
    }

    @Test
    void helpAndVersionShowTheirShortNames() {
        String help = UsageHelp.of(RulesCommand.SPEC);

        assertThat(help).contains("  -h, --help ").contains("  -V, --version ");
    }

    @Test
    void theProgramsHelpListsTheCommandsWithTheirDescriptions() {
        String help = oneLine(UsageHelp.of(Main.PROGRAM));

        assertThat(help).startsWith("Usage: configunit [-hV] [COMMAND] "
                + "Finds and checks Docker and podman credential files.");
        for (CommandSpec command : COMMANDS) {
            assertThat(help).contains("Commands:").contains(command.name() + " " + command.description());
        }
    }

    @Test
    void noLineIsWiderThan80Columns() {
        List<CommandSpec> all = new ArrayList<>(COMMANDS);
        all.add(Main.PROGRAM);
        for (CommandSpec command : all) {
            assertThat(UsageHelp.of(command).lines()).as(command.usageName())
                    .allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
        }
    }

    @Test
    void descriptionsStartInOneColumn() {
        List<String> lines = UsageHelp.of(RulesCommand.SPEC).lines().toList();

        assertThat(lines).contains("      --format=FORMAT  text, markdown or json (default: text)",
                "  -h, --help           Show this help message and exit.",
                "      --rules=PATH     a rule file or directory of rule files to add",
                "                         (repeatable)");
    }

    /** The help with its line breaks and indents folded into single spaces. */
    private static String oneLine(String help) {
        return help.strip().replaceAll("\\s+", " ");
    }
}
