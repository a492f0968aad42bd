package dev.configunit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * The command line run in this JVM, for specifications outside this package: the exit code and both output streams.
 */
public final class InProcessCli {

    private InProcessCli() {
    }

    /** What one run printed and returned. */
    public record Result(int exitCode, String out, String err) {
    }

    /** Runs {@code configunit ARGS}. */
    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs {@code configunit ARGS} ({@code env} reads the given environment and kaniko root). */
    public static Result runInEnvironment(Map<String, String> environment, Path kanikoRoot, String... args) {
        Map<String, String> realEnvironment = EnvCommand.environment;
        Path realKaniko = EnvCommand.kanikoRoot;
        EnvCommand.environment = Map.copyOf(environment);
        EnvCommand.kanikoRoot = kanikoRoot;
        try {
            return run(args);
        } finally {
            EnvCommand.environment = realEnvironment;
            EnvCommand.kanikoRoot = realKaniko;
        }
    }
}
