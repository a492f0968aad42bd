package dev.configunit.image;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real container tools the machine offers (Debian's umoci, skopeo, docker-registry, htpasswd), with a
 * time limit, for tests that cross-check the scanner against what those tools write.
 */
final class Tools {

    private Tools() {
    }

    /** Whether a program is on PATH. */
    static boolean has(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    static String missing(String... programs) {
        List<String> missing = new ArrayList<>();
        for (String program : programs) {
            if (!has(program)) {
                missing.add(program);
            }
        }
        return missing.isEmpty() ? null : String.join(", ", missing) + " not installed (Debian: apt-get install "
                + "umoci skopeo docker-registry apache2-utils); real-tool test skipped";
    }

    /** Runs a command to completion within 120 s; returns its output, or throws with it if it failed. */
    static String run(Path workDir, String... command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        Process process = builder.start();
        try {
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + ": timed out");
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed (" + process.exitValue() + "): " + text);
            }
            return text;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted", e);
        }
    }
}
