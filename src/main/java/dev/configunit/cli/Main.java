package dev.configunit.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;

/**
 * The {@code configunit} command line.
 *
 * <p>It parses its own arguments ({@link Arguments}): an annotation-driven parser took more than half of the start
 * of a one-file scan, and pre-commit starts the CLI once per commit.
 */
public final class Main {

    static final CommandSpec PROGRAM = CommandSpec.program("Finds and checks Docker and podman credential files.",
            ScanCommand.SPEC, EnvCommand.SPEC, FixCommand.SPEC, RulesCommand.SPEC);

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (0 clean, 1 findings, 2 usage or configuration error). */
    public static int run(String... args) {
        return run(writer(System.out, "stdout.encoding", "sun.stdout.encoding"),
                writer(System.err, "stderr.encoding", "sun.stderr.encoding"), args);
    }

    /** Runs the command line with its output on {@code out} and {@code err}, and returns its exit code. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        try {
            return execute(out, err, List.of(args));
        } catch (UsageException e) {
            err.println("configunit: " + e.getMessage());
            err.print(UsageHelp.of(e.command()));
            return ExitCode.USAGE;
        } catch (RuntimeException e) {
            // Never e.getMessage(): a library's message might quote input. The class names the fault.
            err.println("configunit: internal error: " + e.getClass().getName() + " (please report it)");
            return ExitCode.USAGE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int execute(PrintWriter out, PrintWriter err, List<String> args) {
        Arguments program = Arguments.parse(PROGRAM, args);
        if (helpOrVersion(program, out)) {
            return ExitCode.CLEAN;
        }
        CommandSpec command = program.subcommand();
        if (command == null) {
            throw new UsageException(PROGRAM, "missing command: " + PROGRAM.subcommandNames());
        }
        Arguments arguments = Arguments.parse(command, program.subcommandArguments());
        if (helpOrVersion(arguments, out)) {
            return ExitCode.CLEAN;
        }
        return switch (command.name()) {
            case "scan" -> new ScanCommand(arguments).call(out, err);
            case "env" -> new EnvCommand(arguments).call(out, err);
            case "fix" -> new FixCommand(arguments).call(out, err);
            case "rules" -> new RulesCommand(arguments).call(out, err);
            default -> throw new IllegalStateException("no command " + command.name());
        };
    }

    private static boolean helpOrVersion(Arguments arguments, PrintWriter out) {
        if (arguments.helpRequested()) {
            out.print(UsageHelp.of(arguments.command()));
            return true;
        }
        if (arguments.versionRequested()) {
            out.println(Version.text());
            return true;
        }
        return false;
    }

    /** A writer on a standard stream, in its encoding (Java 18+ names it, 17 only on a Windows console). */
    private static PrintWriter writer(PrintStream stream, String property, String java17Property) {
        String encoding = System.getProperty(property, System.getProperty(java17Property));
        Charset charset = encoding == null ? Charset.defaultCharset() : Charset.forName(encoding);
        return new PrintWriter(new OutputStreamWriter(stream, charset), true);
    }
}
