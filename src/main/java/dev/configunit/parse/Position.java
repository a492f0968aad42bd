package dev.configunit.parse;

/**
 * A place in a text file: 1-based line and 1-based column counted in UTF-16 code units (SARIF's default).
 */
public record Position(int line, int column) {

    public Position {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    public static Position of(int line, int column) {
        return new Position(line, column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
