package dev.configunit.parse;

import com.networknt.schema.Error;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Locates JSON Schema validation errors in the document they are about.
 */
public final class SchemaErrors {

    private SchemaErrors() {
    }

    /** The JSON Pointer of the instance an error is about. */
    public static String pointerOf(Error error) {
        var path = error.getInstanceLocation();
        String pointer = "";
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer = element instanceof Integer index
                    ? JsonPointers.child(pointer, index)
                    : JsonPointers.child(pointer, String.valueOf(element));
        }
        return pointer;
    }

    /** A located error: where it is and what the validator said, without its location prefix. */
    public record Located(Position position, String subject, String message) {
    }

    /**
     * The error to show first, located: a misspelt member before the "required" error it causes, then by position.
     */
    public static Optional<Located> first(List<Error> errors, ParsedJson document) {
        return errors.stream()
                .sorted(Comparator.comparing((Error e) -> "required".equals(e.getKeyword()))
                        .thenComparing(e -> locate(e, document).position().line())
                        .thenComparing(e -> locate(e, document).position().column()))
                .findFirst()
                .map(e -> locate(e, document));
    }

    static Located locate(Error error, ParsedJson document) {
        String pointer = pointerOf(error);
        String message = error.getMessage().replaceFirst("^[/$][^:]*: ", "");
        if (error.getProperty() != null && !"required".equals(error.getKeyword())) {
            String member = JsonPointers.child(pointer, error.getProperty());
            return new Located(document.positions().key(member).start(), "\"" + shown(error.getProperty()) + "\"",
                    message.replace(error.getProperty(), shown(error.getProperty())));
        }
        String last = JsonPointers.lastToken(pointer);
        String subject = pointer.isEmpty() ? "the file" : "\"" + shown(last) + "\"";
        return new Located(document.positions().value(pointer).start(), subject,
                last.isEmpty() ? message : message.replace(last, shown(last)));
    }

    /**
     * A key as it may be quoted: anything up to its last {@code @} after a scheme masked as {@code ***}, as registry
     * keys are shown everywhere. A credential file given where a rule file belongs has keys like
     * {@code https://user:password@host}.
     */
    static String shown(String key) {
        int at = key.lastIndexOf('@');
        if (at < 0) {
            return key;
        }
        int scheme = key.indexOf("://");
        return (scheme >= 0 && scheme < at ? key.substring(0, scheme + 3) : "") + "***" + key.substring(at);
    }
}
