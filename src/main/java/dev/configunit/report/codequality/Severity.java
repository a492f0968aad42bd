package dev.configunit.report.codequality;

import dev.configunit.finding.Level;

/**
 * A finding's level as a Code Quality severity: {@code info}, {@code minor}, {@code major} or {@code critical}.
 */
final class Severity {

    private Severity() {
    }

    /** An exposed credential is critical; any other error major, a warning minor, a note info. */
    static String of(Level level, boolean security) {
        return switch (level) {
            case ERROR -> security ? "critical" : "major";
            case WARNING -> "minor";
            case NOTE -> "info";
        };
    }
}
