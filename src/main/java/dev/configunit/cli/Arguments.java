package dev.configunit.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A command line parsed against a {@link CommandSpec}: the options' values, the positional parameters, or the
 * subcommand and what follows it.
 *
 * <p>The forms are the usual ones: {@code --opt value} and {@code --opt=value}; short flags alone or together
 * ({@code -h}, {@code -hV}); options and parameters in any order; {@code --} ends the options. A value may start
 * with a dash unless it names one of the command's options, which means the value is missing.
 */
final class Arguments {

    private final CommandSpec command;
    private final Map<String, List<String>> given = new HashMap<>();
    private final List<String> positionals = new ArrayList<>();
    private CommandSpec subcommand;
    private List<String> subcommandArguments = List.of();

    private Arguments(CommandSpec command) {
        this.command = command;
    }

    /**
     * Parses {@code args} for {@code command}; for a command with subcommands, up to the subcommand's name.
     *
     * @throws UsageException if the command does not accept them
     */
    static Arguments parse(CommandSpec command, List<String> args) {
        Arguments parsed = new Arguments(command);
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!optionsEnded && arg.equals("--")) {
                optionsEnded = true;
            } else if (!optionsEnded && arg.startsWith("--")) {
                int equals = arg.indexOf('=');
                String name = equals > 0 ? arg.substring(0, equals) : arg;
                OptionSpec option = parsed.known(command.option(name), name);
                if (!option.takesValue()) {
                    if (equals > 0) {
                        throw new UsageException(command, "option '" + name + "' takes no value");
                    }
                    parsed.add(option, null);
                } else if (equals > 0) {
                    parsed.add(option, arg.substring(equals + 1));
                } else if (i + 1 < args.size() && !args.get(i + 1).equals("--") && !command.isOption(args.get(i + 1))) {
                    parsed.add(option, args.get(++i));
                } else {
                    throw new UsageException(command,
                            "missing value for option '" + name + "' (" + option.label() + ")");
                }
            } else if (!optionsEnded && arg.startsWith("-") && arg.length() > 1) {
                parsed.addShortFlags(arg);
            } else if (!command.subcommands().isEmpty()) {
                parsed.subcommand = command.subcommand(arg);
                if (parsed.subcommand == null) {
                    throw new UsageException(command,
                            "unknown command '" + arg + "' (expected " + command.subcommandNames() + ")");
                }
                parsed.subcommandArguments = List.copyOf(args.subList(i + 1, args.size()));
                break;
            } else if (command.positionals() == null) {
                throw new UsageException(command, "unexpected argument '" + arg + "'");
            } else {
                parsed.positionals.add(arg);
            }
        }
        CommandSpec.Positionals wanted = command.positionals();
        if (wanted != null && wanted.required() && parsed.positionals.isEmpty()
                && !parsed.helpRequested() && !parsed.versionRequested()) {
            throw new UsageException(command, "missing parameter " + wanted.label());
        }
        return parsed;
    }

    /** {@code -h}, {@code -V} or both together, {@code -hV}: short names are for flags only. */
    private void addShortFlags(String arg) {
        List<OptionSpec> flags = new ArrayList<>();
        OptionSpec alone = command.option(arg);
        if (alone != null) {
            flags.add(alone);
        } else {
            for (int i = 1; i < arg.length(); i++) {
                flags.add(known(command.option("-" + arg.charAt(i)), arg));
            }
        }
        for (OptionSpec flag : flags) {
            add(flag, null);
        }
    }

    private OptionSpec known(OptionSpec option, String name) {
        if (option == null) {
            throw new UsageException(command, "unknown option '" + name + "'");
        }
        return option;
    }

    /** Records an option; {@code value} is {@code null} for a flag. */
    private void add(OptionSpec option, String value) {
        List<String> values = given.get(option.name());
        if (values == null) {
            values = new ArrayList<>();
            given.put(option.name(), values);
        } else if (!option.repeatable()) {
            throw new UsageException(command, "option '" + option.name() + "' should be specified only once");
        }
        if (value != null && option.kind() == OptionSpec.Kind.LIST) {
            values.addAll(List.of(value.split(",")));
        } else if (value != null) {
            values.add(value);
        }
    }

    /** Whether the flag was given. */
    boolean flag(String name) {
        command.declared(name);
        return given.containsKey(name);
    }

    /** The option's value, its default if it was not given, or {@code null}. */
    String value(String name) {
        OptionSpec option = command.declared(name);
        List<String> values = given.get(name);
        return values == null ? option.defaultValue() : values.get(values.size() - 1);
    }

    /** The values of a repeatable option in the order given; those of a list option split at commas. */
    List<String> values(String name) {
        command.declared(name);
        return List.copyOf(given.getOrDefault(name, List.of()));
    }

    /** The option's value as a path, or {@code null}. */
    Path path(String name) {
        String value = value(name);
        return value == null ? null : toPath(value, name);
    }

    /** The values of a repeatable option as paths. */
    List<Path> paths(String name) {
        List<Path> paths = new ArrayList<>();
        for (String value : values(name)) {
            paths.add(toPath(value, name));
        }
        return paths;
    }

    /** The positional parameters in the order given. */
    List<String> positionals() {
        return List.copyOf(positionals);
    }

    /** The positional parameters as paths. */
    List<Path> positionalPaths() {
        List<Path> paths = new ArrayList<>();
        for (String value : positionals) {
            paths.add(toPath(value, null));
        }
        return paths;
    }

    /** The value of an option ({@code name}) or positional parameter ({@code null}) as a path. */
    private Path toPath(String value, String name) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            // Not the exception's message: it quotes the value.
            String what = name == null ? command.positionals().label() : "option '" + name + "'";
            throw new UsageException(command, "invalid value for " + what + ": not a path");
        }
    }

    /** The command these arguments were parsed for. */
    CommandSpec command() {
        return command;
    }

    boolean helpRequested() {
        return given.containsKey(CommandSpec.HELP.name());
    }

    boolean versionRequested() {
        return given.containsKey(CommandSpec.VERSION.name());
    }

    /** The subcommand named, or {@code null}. */
    CommandSpec subcommand() {
        return subcommand;
    }

    /** The arguments after the subcommand's name. */
    List<String> subcommandArguments() {
        return subcommandArguments;
    }
}
