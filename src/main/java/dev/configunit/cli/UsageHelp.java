package dev.configunit.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The help of a command, written from its {@link CommandSpec}: a synopsis, the description, one line per option
 * (sorted by name) and per subcommand, wrapped at 80 columns.
 */
final class UsageHelp {

    private static final int WIDTH = 80;
    /** A longer option is alone on its line, its description on the next. */
    private static final int NAME_COLUMN_LIMIT = 28;
    private static final String NO_SHORT_NAME = "      ";

    private UsageHelp() {
    }

    static String of(CommandSpec command) {
        StringBuilder help = new StringBuilder();
        String usage = "Usage: " + command.usageName() + " ";
        help.append(usage);
        wrapped(help, synopsis(command), usage.length(), usage.length());
        wrapped(help, command.description(), 0, 0);
        List<String[]> rows = new ArrayList<>();
        if (command.positionals() != null) {
            CommandSpec.Positionals positionals = command.positionals();
            rows.add(new String[] {NO_SHORT_NAME + positionals.synopsis(), positionals.description()});
        }
        for (OptionSpec option : sorted(command.options())) {
            String names = option.shortName() == null ? NO_SHORT_NAME : "  " + option.shortName() + ", ";
            rows.add(new String[] {names + option.synopsis(), option.description()});
        }
        table(help, rows);
        if (!command.subcommands().isEmpty()) {
            help.append("Commands:\n");
            List<String[]> commands = new ArrayList<>();
            for (CommandSpec subcommand : command.subcommands()) {
                commands.add(new String[] {"  " + subcommand.name(), subcommand.description()});
            }
            table(help, commands);
        }
        return help.toString();
    }

    /** {@code [-hV] [--dry-run] [--format=FORMAT] [--rules=PATH]... [PATH...]}. */
    private static String synopsis(CommandSpec command) {
        StringBuilder shortFlags = new StringBuilder();
        List<String> flags = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<String> repeatables = new ArrayList<>();
        for (OptionSpec option : sorted(command.options())) {
            if (option.shortName() != null) {
                shortFlags.append(option.shortName().substring(1));
            } else if (!option.takesValue()) {
                flags.add("[" + option.synopsis() + "]");
            } else if (option.repeatable()) {
                repeatables.add("[" + option.synopsis() + "]...");
            } else {
                values.add("[" + option.synopsis() + "]");
            }
        }
        List<String> items = new ArrayList<>();
        if (shortFlags.length() > 0) {
            items.add("[-" + shortFlags + "]");
        }
        items.addAll(flags);
        items.addAll(values);
        items.addAll(repeatables);
        if (command.positionals() != null) {
            items.add(command.positionals().synopsis());
        }
        if (!command.subcommands().isEmpty()) {
            items.add("[COMMAND]");
        }
        return String.join(" ", items);
    }

    private static List<OptionSpec> sorted(List<OptionSpec> options) {
        List<OptionSpec> sorted = new ArrayList<>(options);
        sorted.sort(Comparator.comparing(option -> option.name().substring(2).toLowerCase(Locale.ROOT)));
        return sorted;
    }

    /** Rows of a name and its description, the descriptions in one column. */
    private static void table(StringBuilder help, List<String[]> rows) {
        int column = 0;
        for (String[] row : rows) {
            if (row[0].length() <= NAME_COLUMN_LIMIT) {
                column = Math.max(column, row[0].length());
            }
        }
        column += 2;
        for (String[] row : rows) {
            help.append(row[0]);
            if (row[0].length() + 2 > column) {
                help.append('\n').append(" ".repeat(column));
            } else {
                help.append(" ".repeat(column - row[0].length()));
            }
            wrapped(help, row[1], column, column + 2);
        }
    }

    /**
     * Appends {@code text} wrapped at {@link #WIDTH} and ends the line.
     *
     * @param used how much of the current line is already written; the first word follows it directly
     * @param indent where continuation lines start
     */
    private static void wrapped(StringBuilder help, String text, int used, int indent) {
        int line = used;
        boolean first = true;
        for (String word : text.split(" ")) {
            if (!first && line + 1 + word.length() > WIDTH) {
                help.append('\n').append(" ".repeat(indent));
                line = indent;
            } else if (!first) {
                help.append(' ');
                line++;
            }
            help.append(word);
            line += word.length();
            first = false;
        }
        help.append('\n');
    }
}
