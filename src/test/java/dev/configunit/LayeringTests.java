package dev.configunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The lint core knows nothing of its adapters: no class in {@code parse}, {@code source}, {@code rule},
 * {@code check}, {@code finding} or {@code lint} imports the reports, the engine, the command line or JUnit.
 */
class LayeringTests {

    private static final Path MAIN = Path.of("src", "main", "java", "dev", "configunit");
    private static final List<String> CORE = List.of("parse", "source", "rule", "check", "finding", "lint");
    private static final List<String> ADAPTERS = List.of("dev.configunit.report", "dev.configunit.engine",
            "dev.configunit.cli", "org.junit", "org.opentest4j", "com.contrastsecurity");

    @Test
    void theCoreImportsNoAdapter() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String pkg : CORE) {
            try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    for (String line : Files.readAllLines(file)) {
                        String trimmed = line.strip();
                        if (trimmed.startsWith("import ") && ADAPTERS.stream().anyMatch(a -> trimmed.contains(" " + a)
                                || trimmed.contains("static " + a))) {
                            violations.add(MAIN.relativize(file) + ": " + trimmed);
                        }
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void reportWritersForFilesDoNotDependOnTheEngineOrTheCommandLine() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String pkg : List.of("report/sarif", "report/codequality")) {
            try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    for (String line : Files.readAllLines(file)) {
                        if (line.startsWith("import dev.configunit.engine") || line.startsWith("import dev.configunit.cli")) {
                            violations.add(MAIN.relativize(file) + ": " + line);
                        }
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}
