package dev.configunit.parse;

/**
 * Text that is not a JSON document as Go's {@code encoding/json} reads it.
 *
 * <p>The message describes the fault and never quotes the input beyond one punctuation character, so it can
 * be shown for files that hold secrets.
 */
public final class JsonSyntaxException extends Exception {

    private final Position position;

    public JsonSyntaxException(String message, Position position) {
        super(message, null, false, false);
        this.position = position;
    }

    public Position position() {
        return position;
    }
}
