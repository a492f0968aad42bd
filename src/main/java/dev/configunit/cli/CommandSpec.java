package dev.configunit.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * What a command accepts: its options, its positional parameters or its subcommands, and the text of its help.
 *
 * <p>Every command has {@code -h, --help} and {@code -V, --version}. Declared in code, read without reflection:
 * the CLI starts in the time of a JVM start, which an annotation-driven parser would more than double.
 *
 * @param name the name as typed, {@code scan}; the program's name for the top level
 * @param usageName the name the help shows, {@code configunit scan}
 * @param description the help's description, one sentence or two
 * @param positionals the positional parameters, or {@code null} if the command takes none
 * @param options the options, {@code --help} and {@code --version} included
 * @param subcommands the commands that follow this one, empty for a leaf
 */
record CommandSpec(String name, String usageName, String description, Positionals positionals,
        List<OptionSpec> options, List<CommandSpec> subcommands) {

    static final OptionSpec HELP = OptionSpec.flag("--help", "Show this help message and exit.").withShortName("-h");
    static final OptionSpec VERSION = OptionSpec.flag("--version", "Print version information and exit.")
            .withShortName("-V");
    private static final String PROGRAM = "configunit";

    /**
     * The positional parameters of a command, all of one kind.
     *
     * @param label what each is in the help, {@code PATH}
     * @param required whether at least one must be given
     * @param description the help line
     */
    record Positionals(String label, boolean required, String description) {

        /** Any number of parameters, none included. */
        static Positionals optional(String label, String description) {
            return new Positionals(label, false, description);
        }

        /** At least one parameter. */
        static Positionals required(String label, String description) {
            return new Positionals(label, true, description);
        }

        /** The parameters as the help shows them: {@code [PATH...]} or {@code PATH...}. */
        String synopsis() {
            return required ? label + "..." : "[" + label + "...]";
        }
    }

    /** The top level: the program, with its subcommands. */
    static CommandSpec program(String description, CommandSpec... subcommands) {
        return new CommandSpec(PROGRAM, PROGRAM, description, null, standard(), List.of(subcommands));
    }

    /** A subcommand with its options and positional parameters ({@code null} for none). */
    static CommandSpec command(String name, String description, Positionals positionals, List<OptionSpec> options) {
        List<OptionSpec> all = new ArrayList<>(options);
        all.addAll(standard());
        // String.concat, not +: the first + bootstraps StringConcatFactory, ~10 ms that --version need not pay.
        return new CommandSpec(name, PROGRAM.concat(" ").concat(name), description, positionals, List.copyOf(all),
                List.of());
    }

    private static List<OptionSpec> standard() {
        return List.of(HELP, VERSION);
    }

    /** The option of this name, long ({@code --format}) or short ({@code -h}), or {@code null}. */
    OptionSpec option(String name) {
        for (OptionSpec option : options) {
            if (option.isNamed(name)) {
                return option;
            }
        }
        return null;
    }

    /** Whether an argument is one of this command's options, {@code --format=json} included. */
    boolean isOption(String argument) {
        int equals = argument.indexOf('=');
        return option(argument.startsWith("--") && equals > 0 ? argument.substring(0, equals) : argument) != null;
    }

    /** The option of this long name; a name the command does not declare is a programming error. */
    OptionSpec declared(String name) {
        for (OptionSpec option : options) {
            if (option.name().equals(name)) {
                return option;
            }
        }
        throw new IllegalArgumentException(usageName + " has no option " + name);
    }

    /** The subcommand of this name, or {@code null}. */
    CommandSpec subcommand(String name) {
        for (CommandSpec subcommand : subcommands) {
            if (subcommand.name().equals(name)) {
                return subcommand;
            }
        }
        return null;
    }

    /** The subcommands' names for a message: {@code scan, env, fix or rules}. */
    String subcommandNames() {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < subcommands.size(); i++) {
            if (i > 0) {
                names.append(i == subcommands.size() - 1 ? " or " : ", ");
            }
            names.append(subcommands.get(i).name());
        }
        return names.toString();
    }
}
