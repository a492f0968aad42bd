package dev.configunit.hostile;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * ConfigUnit in a JVM of its own: with a small heap, as another user, in another working directory, with exactly
 * the environment given. What it writes to stdout and stderr is everything it says, logs and crashes included.
 */
final class ForkedJvm {

    /** The command-line entry point. */
    static final String CLI = "dev.configunit.cli.Main";
    /** The engine, run through the test kit, printing one line per event (see {@link EngineTranscriptMain}). */
    static final String ENGINE = EngineTranscriptMain.class.getName();

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final List<String> jvmOptions = new ArrayList<>(List.of("-XX:+ExitOnOutOfMemoryError",
            "-XX:-UsePerfData"));
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final List<String> prefix = new ArrayList<>();
    private String classPath = testClassPath();
    private Path directory = Path.of("").toAbsolutePath();

    /** What one run printed and how it ended. */
    record Run(int exitCode, String out, String err) {

        /** Both streams, for assertion messages. */
        String both() {
            return "== stdout\n" + out + "\n== stderr\n" + err;
        }
    }

    ForkedJvm option(String option) {
        jvmOptions.add(option);
        return this;
    }

    /** Sets a variable; the JVM starts with only {@code PATH}, {@code LANG} and the variables set here. */
    ForkedJvm env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    ForkedJvm in(Path workingDirectory) {
        directory = workingDirectory;
        return this;
    }

    /** Runs as the unprivileged user {@code uid} through {@code setpriv}, with a class path that user can read. */
    ForkedJvm as(int uid, String readableClassPath) {
        prefix.addAll(List.of("setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups", "--"));
        classPath = readableClassPath;
        return this;
    }

    Run run(String mainClass, String... args) {
        List<String> command = new ArrayList<>(prefix);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, mainClass));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("configunit-fork", ".out");
            Path err = Files.createTempFile("configunit-fork", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile());
                builder.environment().keySet().retainAll(List.of("PATH", "LANG"));
                builder.environment().putAll(environment);
                Process process = builder.start();
                if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                    throw new AssertionError("hung for " + TIMEOUT + ": " + String.join(" ", command));
                }
                return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The class path of these tests: Surefire's real one, not its manifest-only booter jar. */
    static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /**
     * Copies the class path into {@code directory}, readable by every user (Maven's repository under {@code /root}
     * is not), and returns the copy's class path.
     */
    static String readableClassPath(Path directory) throws IOException {
        List<String> entries = new ArrayList<>();
        int i = 0;
        for (String entry : testClassPath().split(File.pathSeparator)) {
            Path source = Path.of(entry);
            if (!Files.exists(source)) {
                continue;
            }
            Path copy = directory.resolve(String.format("%03d-%s", i++, source.getFileName()));
            if (Files.isDirectory(source)) {
                try (Stream<Path> files = Files.walk(source)) {
                    for (Path file : files.toList()) {
                        Path target = copy.resolve(source.relativize(file).toString());
                        if (Files.isDirectory(file)) {
                            Files.createDirectories(target);
                        } else {
                            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            } else {
                Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            entries.add(copy.toString());
        }
        openToAll(directory);
        return String.join(File.pathSeparator, entries);
    }

    /** Makes a tree readable and its directories traversable by every user. */
    static void openToAll(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.toList()) {
                if (!Files.isSymbolicLink(file)) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(
                            Files.isDirectory(file) ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
    }
}
