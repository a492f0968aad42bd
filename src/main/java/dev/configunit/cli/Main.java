package dev.configunit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code configunit} command line.
 */
@Command(name = "configunit",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Finds and checks Docker and podman credential files.",
        subcommands = {ScanCommand.class, EnvCommand.class, FixCommand.class, RulesCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (0 clean, 1 findings, 2 usage or configuration error). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line, for callers that redirect its output. */
    static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    // Never e.getMessage(): a library's message might quote input. The class names the fault.
                    commandLine.getErr().println("configunit: internal error: " + e.getClass().getName()
                            + " (please report it)");
                    return ExitCode.USAGE;
                });
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: scan, env, fix or rules");
    }
}
