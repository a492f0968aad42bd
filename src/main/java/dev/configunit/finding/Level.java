package dev.configunit.finding;

import java.util.Locale;

/**
 * How serious a finding is; the names are SARIF's {@code result.level} values.
 */
public enum Level {
    ERROR,
    WARNING,
    NOTE;

    /** The lower-case name used in rule files, reports and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this level is at least as serious as {@code threshold}. */
    public boolean atLeast(Level threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Level fromId(String id) {
        for (Level level : values()) {
            if (level.id().equals(id)) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown level '" + id + "' (expected error, warning or note)");
    }
}
