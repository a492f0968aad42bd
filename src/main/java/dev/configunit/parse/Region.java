package dev.configunit.parse;

/**
 * The span of a token in a file: from its first character up to, not including, {@code end}.
 */
public record Region(Position start, Position end) {

    /** A region for a whole file or an unknown place: line 1, column 1. */
    public static final Region FILE = new Region(Position.of(1, 1), Position.of(1, 1));

    public static Region at(Position position) {
        return new Region(position, position);
    }

    public int line() {
        return start.line();
    }

    public int column() {
        return start.column();
    }
}
