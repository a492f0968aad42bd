package dev.configunit.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 6901 JSON Pointers: the one way locations inside a document are named.
 */
public final class JsonPointers {

    private JsonPointers() {
    }

    /** Appends one reference token, escaping {@code ~} and {@code /}. */
    public static String child(String pointer, String token) {
        return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    /** The unescaped reference tokens of a pointer; the root {@code ""} has none. */
    public static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer.isEmpty()) {
            return tokens;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            tokens.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    /** The pointer of the enclosing value, or {@code ""} for a top-level member. */
    public static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    /** The last unescaped reference token. */
    public static String lastToken(String pointer) {
        List<String> tokens = tokens(pointer);
        return tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
    }
}
