package dev.configunit.source;

import dev.configunit.parse.Position;

/**
 * Where a YAML scalar's text sits in its file, so that a position inside the text (of a JSON value written in
 * YAML) can be shown at its real line and column.
 *
 * <p>Exact for block literals ({@code |}) and for single-line plain or quoted scalars without escapes; other
 * styles fold lines, and their positions fall back to the scalar's first line.
 */
public final class EmbeddedText {

    private final Position scalar;
    private final char style;
    private final int blockIndent;

    private EmbeddedText(Position scalar, char style, int blockIndent) {
        this.scalar = scalar;
        this.style = style;
        this.blockIndent = blockIndent;
    }

    /** No embedding: positions map to themselves. */
    public static final EmbeddedText NONE = new EmbeddedText(Position.of(1, 1), '\0', 0);

    static EmbeddedText locate(String yaml, Position scalar) {
        String[] lines = yaml.split("\n", -1);
        String line = scalar.line() <= lines.length ? lines[scalar.line() - 1] : "";
        char first = scalar.column() <= line.length() ? line.charAt(scalar.column() - 1) : ' ';
        if (first == '|' || first == '>') {
            int indent = 0;
            for (int i = scalar.line(); i < lines.length; i++) {
                String content = lines[i];
                if (!content.isBlank()) {
                    while (indent < content.length() && content.charAt(indent) == ' ') {
                        indent++;
                    }
                    break;
                }
            }
            return new EmbeddedText(scalar, first, indent);
        }
        return new EmbeddedText(scalar, first == '"' || first == '\'' ? first : ' ', 0);
    }

    /** The file position of a position inside the scalar's text. */
    public Position map(Position inText) {
        if (style == '\0') {
            return inText;
        }
        if (style == '|') {
            return Position.of(scalar.line() + inText.line(), blockIndent + inText.column());
        }
        if (style == '>') {
            return Position.of(scalar.line() + 1, blockIndent + 1);
        }
        if (inText.line() > 1) {
            return scalar;
        }
        int quote = style == ' ' ? 0 : 1;
        return Position.of(scalar.line(), scalar.column() + quote + inText.column() - 1);
    }
}
