package dev.configunit.cli;

import dev.configunit.finding.Finding;
import dev.configunit.finding.Level;
import java.util.List;

/**
 * The {@code --fail-on} threshold: the lowest level that makes the exit code 1.
 */
enum FailOn {
    ERROR(Level.ERROR),
    WARNING(Level.WARNING),
    NOTE(Level.NOTE),
    NONE(null);

    private final Level threshold;

    FailOn(Level threshold) {
        this.threshold = threshold;
    }

    boolean fails(List<Finding> findings) {
        return threshold != null && findings.stream().anyMatch(f -> f.level().atLeast(threshold));
    }
}
