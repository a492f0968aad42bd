package dev.configunit.report;

import dev.configunit.lint.Linter;
import dev.configunit.lint.RepositoryScan;
import dev.configunit.lint.ScanResult;
import dev.configunit.lint.Suppressions;
import dev.configunit.rule.RuleFileException;
import dev.configunit.rule.RuleFileLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

/**
 * Scans for report tests: the same discovery and linting the command line runs, with the built-in rules.
 */
public final class Scans {

    private Scans() {
    }

    public static ScanResult scan(Path... roots) {
        return RepositoryScan.run(List.of(roots), new Linter(RuleFileLoader.builtIn(), Set.of()));
    }

    /** Scans {@code root} with the suppressions of a baseline file. */
    public static ScanResult scanWithBaseline(Path root, String baseline) {
        try {
            Path file = root.resolve(".configunit-baseline.yaml");
            Files.writeString(file, baseline, StandardCharsets.UTF_8);
            Suppressions suppressions = Suppressions.load(List.of(file));
            Files.delete(file);
            return RepositoryScan.run(List.of(root), new Linter(RuleFileLoader.builtIn(), Set.of(), suppressions));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuleFileException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Scans {@code root} and reports it with paths relative to it. */
    public static ReportedScan reported(Path root) {
        return ReportedScan.of(scan(root), root);
    }

    /** Writes a credential file the way {@code docker login} would: mode 0600. */
    public static Path write(Path root, String relative, String content) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
