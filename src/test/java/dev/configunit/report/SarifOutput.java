package dev.configunit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps every SARIF log a test produces in {@code target/sarif-out/}, where CI runs Microsoft's SARIF Multitool
 * over all of them ({@code .ci/run}).
 */
public final class SarifOutput {

    public static final Path DIRECTORY = Path.of("target", "sarif-out");

    private SarifOutput() {
    }

    /** Saves {@code sarif} as {@code target/sarif-out/<name>.sarif} and returns it. */
    public static String keep(String name, String sarif) {
        try {
            Files.createDirectories(DIRECTORY);
            Files.writeString(DIRECTORY.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".sarif"), sarif,
                    StandardCharsets.UTF_8);
            return sarif;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
