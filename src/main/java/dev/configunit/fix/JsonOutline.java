package dev.configunit.fix;

import dev.configunit.parse.GoJsonReader;
import dev.configunit.parse.JsonSyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where every value and member of a JSON text sits, by character offset, repeated keys included.
 *
 * <p>{@code fix} edits a credential file in place, token by token, so that everything it does not touch (indentation,
 * key order, number spellings, escapes) stays byte for byte. The outline is built only from text that
 * {@link GoJsonReader} has accepted, so it does not check the grammar again; strings are decoded by that reader too.
 */
final class JsonOutline {

    private final String text;
    private int pos;

    private JsonOutline(String text) {
        this.text = text;
    }

    /** The outline of a text that {@link GoJsonReader} accepts. */
    static Value of(String text) {
        JsonOutline outline = new JsonOutline(text);
        outline.skipWhitespace();
        if (outline.pos == text.length()) {
            return new Value(0, 0, List.of(), null, null); // a 0-byte file is an empty object to Go
        }
        return outline.value();
    }

    /**
     * A value: its span {@code [start, end)}; the members of an object, the elements of an array, the decoded text
     * of a string ({@code null} where it is not one).
     */
    record Value(int start, int end, List<Member> members, List<Value> elements, String string) {

        boolean isObject() {
            return members != null;
        }

        boolean isString() {
            return string != null;
        }
    }

    /** An object member: its decoded name, the span of the quoted name, and its value. */
    record Member(String name, int keyStart, int keyEnd, Value value) {
    }

    private Value value() {
        int start = pos;
        char c = text.charAt(pos);
        if (c == '{') {
            List<Member> members = new ArrayList<>();
            pos++;
            skipWhitespace();
            while (text.charAt(pos) != '}') {
                int keyStart = pos;
                String name = string();
                int keyEnd = pos;
                skipWhitespace();
                pos++; // :
                skipWhitespace();
                members.add(new Member(name, keyStart, keyEnd, value()));
                skipWhitespace();
                if (text.charAt(pos) == ',') {
                    pos++;
                    skipWhitespace();
                }
            }
            pos++;
            return new Value(start, pos, List.copyOf(members), null, null);
        }
        if (c == '[') {
            List<Value> elements = new ArrayList<>();
            pos++;
            skipWhitespace();
            while (text.charAt(pos) != ']') {
                elements.add(value());
                skipWhitespace();
                if (text.charAt(pos) == ',') {
                    pos++;
                    skipWhitespace();
                }
            }
            pos++;
            return new Value(start, pos, null, List.copyOf(elements), null);
        }
        if (c == '"') {
            String decoded = string();
            return new Value(start, pos, null, null, decoded);
        }
        while (pos < text.length() && ",}] \t\r\n".indexOf(text.charAt(pos)) < 0) {
            pos++; // a number or a literal
        }
        return new Value(start, pos, null, null, null);
    }

    /** Reads a string token and decodes it the way Go does (through the reader that accepted the text). */
    private String string() {
        int start = pos;
        pos++;
        boolean escaped = false;
        while (text.charAt(pos) != '"') {
            if (text.charAt(pos) == '\\') {
                escaped = true;
                pos++;
            }
            pos++;
        }
        pos++;
        if (!escaped) {
            return text.substring(start + 1, pos - 1);
        }
        try {
            return GoJsonReader.read(text.substring(start, pos)).root().asString();
        } catch (JsonSyntaxException e) {
            throw new IllegalStateException("a string token the reader accepted in context failed alone", e);
        }
    }

    private void skipWhitespace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }
}
