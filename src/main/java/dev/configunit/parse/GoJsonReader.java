package dev.configunit.parse;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads JSON the way Go's {@code encoding/json} accepts it and keeps the position of every key and value.
 *
 * <p>Go's grammar is strict RFC 8259: no byte order mark, comments, trailing commas, single quotes, raw control
 * characters in strings, leading zeros, {@code NaN} or trailing data. Unlike Jackson it accepts numbers of any
 * length, and unlike Jackson it reports repeated keys instead of failing on them, keeping the last as Go does
 * (docker-auth-semantics.md §1.2). Invalid UTF-8 is an error here (the catalogue's {@code docker/json-syntax}).
 * A 0-byte or whitespace-only input is an empty object, as the Docker CLI treats it (§1.1). Error messages
 * follow Go's wording but never quote a letter or digit of the input, which could belong to a secret.
 */
public final class GoJsonReader {

    /**
     * Deeper documents are refused; credential files nest four levels. The reader recurses about two frames per
     * level, and interpreted frames are large: with the default 1 MB thread stack, 1000 nested objects overflowed
     * before the check, so the limit keeps a wide margin, and a stack that runs out anyway is reported as a syntax
     * error, never as a {@link StackOverflowError}.
     */
    public static final int MAX_DEPTH = 512;

    /**
     * The most values a document may hold. A credential file holds a few dozen; without a bound, 6 MB of
     * {@code [0,0,0,...]} needs gigabytes for the tree and its positions, and 100,000 wrongly typed entries give
     * more findings than fit a 128 MiB heap.
     */
    public static final int MAX_VALUES = 10_000;

    private static final int SHORT_NUMBER = 64;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String text;
    private final PositionIndex positions = new PositionIndex(MAX_VALUES);
    private final List<DuplicateKey> duplicates = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int lineStart;

    private GoJsonReader(String text) {
        this.text = text;
    }

    /** Parses UTF-8 bytes. */
    public static ParsedJson read(byte[] bytes) throws JsonSyntaxException {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            throw new JsonSyntaxException(
                    "the file starts with a UTF-8 byte order mark; Go reads it as invalid character 'ï' "
                            + "looking for beginning of value (save the file as UTF-8 without BOM)",
                    Position.of(1, 1));
        }
        return read(decodeStrictly(bytes));
    }

    /** Parses text that is already decoded. */
    public static ParsedJson read(String text) throws JsonSyntaxException {
        GoJsonReader reader = new GoJsonReader(text);
        try {
            return reader.document();
        } catch (StackOverflowError e) {
            // A thread with a small stack: the frames are unwound here, so reporting is safe.
            throw reader.error("nesting too deep for this reader's stack (keep it under " + MAX_DEPTH + " levels)");
        }
    }

    private static String decodeStrictly(byte[] bytes) throws JsonSyntaxException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            String prefix = new String(bytes, 0, in.position(), StandardCharsets.UTF_8);
            throw new JsonSyntaxException("invalid UTF-8 byte sequence (the file must be UTF-8 encoded)",
                    positionAfter(prefix));
        }
        try {
            decoder.flush(out);
        } catch (RuntimeException e) {
            throw new IllegalStateException(e);
        }
        out.flip();
        return out.toString();
    }

    private static Position positionAfter(String prefix) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < prefix.length(); i++) {
            if (prefix.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return Position.of(line, prefix.length() - lineStart + 1);
    }

    private ParsedJson document() throws JsonSyntaxException {
        skipWhitespace();
        if (pos == text.length()) {
            ObjectNode empty = NODES.objectNode();
            positions.putValue("", Region.FILE);
            return new ParsedJson(empty, positions, duplicates);
        }
        JsonNode root = value("", 1);
        skipWhitespace();
        if (pos < text.length()) {
            throw error("invalid character " + describe(text.charAt(pos)) + " after top-level value "
                    + "(only one JSON value may be in the file)");
        }
        return new ParsedJson(root, positions, duplicates);
    }

    private JsonNode value(String pointer, int depth) throws JsonSyntaxException {
        if (depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH + " levels");
        }
        String tooLarge = positions.admit(pointer);
        if (tooLarge != null) {
            throw error(tooLarge);
        }
        if (pos >= text.length()) {
            throw error("unexpected end of JSON input");
        }
        Position start = here();
        char c = text.charAt(pos);
        JsonNode node;
        switch (c) {
            case '{' -> node = object(pointer, depth);
            case '[' -> node = array(pointer, depth);
            case '"' -> node = NODES.stringNode(string());
            case 't' -> node = literal("true", NODES.booleanNode(true));
            case 'f' -> node = literal("false", NODES.booleanNode(false));
            case 'n' -> node = literal("null", NODES.nullNode());
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    node = number();
                } else {
                    throw error("invalid character " + describe(c) + " looking for beginning of value"
                            + hintFor(c));
                }
            }
        }
        positions.putValue(pointer, new Region(start, here()));
        return node;
    }

    private ObjectNode object(String pointer, int depth) throws JsonSyntaxException {
        ObjectNode node = NODES.objectNode();
        Map<String, Region> seen = new HashMap<>();
        pos++; // {
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return node;
        }
        boolean afterComma = false;
        while (true) {
            if (pos >= text.length()) {
                throw error("unexpected end of JSON input");
            }
            char c = text.charAt(pos);
            if (c != '"') {
                String what = afterComma && c == '}' ? " (a trailing comma before '}' is not allowed in JSON)" : hintFor(c);
                throw error("invalid character " + describe(c) + " looking for beginning of object key string" + what);
            }
            Position keyStart = here();
            String key = string();
            Region keyRegion = new Region(keyStart, here());
            String child = JsonPointers.child(pointer, key);
            Region earlier = seen.put(key, keyRegion);
            if (earlier != null) {
                duplicates.add(new DuplicateKey(child, earlier, keyRegion));
            }
            positions.putKey(child, keyRegion);
            skipWhitespace();
            if (pos >= text.length()) {
                throw error("unexpected end of JSON input");
            }
            if (text.charAt(pos) != ':') {
                throw error("invalid character " + describe(text.charAt(pos)) + " after object key");
            }
            pos++;
            skipWhitespace();
            node.set(key, value(child, depth + 1));
            skipWhitespace();
            if (pos >= text.length()) {
                throw error("unexpected end of JSON input");
            }
            c = text.charAt(pos);
            if (c == ',') {
                pos++;
                skipWhitespace();
                afterComma = true;
            } else if (c == '}') {
                pos++;
                return node;
            } else {
                throw error("invalid character " + describe(c) + " after object key:value pair" + hintFor(c));
            }
        }
    }

    private ArrayNode array(String pointer, int depth) throws JsonSyntaxException {
        ArrayNode node = NODES.arrayNode();
        pos++; // [
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return node;
        }
        int index = 0;
        while (true) {
            if (peek() == ']' && index > 0) {
                throw error("invalid character ']' looking for beginning of value "
                        + "(a trailing comma before ']' is not allowed in JSON)");
            }
            node.add(value(JsonPointers.child(pointer, index++), depth + 1));
            skipWhitespace();
            if (pos >= text.length()) {
                throw error("unexpected end of JSON input");
            }
            char c = text.charAt(pos);
            if (c == ',') {
                pos++;
                skipWhitespace();
            } else if (c == ']') {
                pos++;
                return node;
            } else {
                throw error("invalid character " + describe(c) + " after array element" + hintFor(c));
            }
        }
    }

    private String string() throws JsonSyntaxException {
        pos++; // opening quote
        StringBuilder out = null;
        int runStart = pos;
        while (true) {
            if (pos >= text.length()) {
                throw error("unexpected end of JSON input");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                String s = out == null ? text.substring(runStart, pos) : out.append(text, runStart, pos).toString();
                pos++;
                return s;
            }
            if (c < 0x20) {
                throw error("invalid character " + describe(c) + " in string literal"
                        + " (control characters must be escaped, e.g. \\n)");
            }
            if (c == '\\') {
                if (out == null) {
                    out = new StringBuilder();
                }
                out.append(text, runStart, pos);
                pos++;
                escape(out);
                runStart = pos;
                continue;
            }
            pos++;
        }
    }

    private void escape(StringBuilder out) throws JsonSyntaxException {
        if (pos >= text.length()) {
            throw error("unexpected end of JSON input");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '"', '\\', '/' -> out.append(c);
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> {
                pos++;
                char unit = hex4();
                if (Character.isHighSurrogate(unit) && text.startsWith("\\u", pos)) {
                    int save = pos;
                    pos += 2;
                    char low = hex4();
                    if (Character.isLowSurrogate(low)) {
                        out.append(unit).append(low);
                    } else {
                        out.append('\uFFFD');
                        pos = save;
                    }
                } else if (Character.isSurrogate(unit)) {
                    out.append('\uFFFD'); // Go replaces a lone surrogate
                } else {
                    out.append(unit);
                }
                return;
            }
            default -> throw error("invalid character " + describe(c) + " in string escape code");
        }
        pos++;
    }

    private char hex4() throws JsonSyntaxException {
        int value = 0;
        for (int i = 0; i < 4; i++) {
            if (pos >= text.length()) {
                throw error("unexpected end of JSON input");
            }
            int digit = Character.digit(text.charAt(pos), 16);
            if (digit < 0 || text.charAt(pos) > 'f') {
                throw error("invalid character " + describe(text.charAt(pos)) + " in \\u hexadecimal character escape");
            }
            value = value * 16 + digit;
            pos++;
        }
        return (char) value;
    }

    private JsonNode number() throws JsonSyntaxException {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek())) {
            while (isDigit(peek())) {
                pos++;
            }
        } else {
            throw numberError();
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                throw numberError();
            }
            while (isDigit(peek())) {
                pos++;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw numberError();
            }
            while (isDigit(peek())) {
                pos++;
            }
        }
        if (isDigit(peek())) {
            throw error("invalid character (a digit) after a leading zero (numbers may not have leading zeros)");
        }
        String literal = text.substring(start, pos);
        // Go accepts any length; only short numbers are worth converting (a 10,000-digit one stays a number).
        if (literal.length() <= SHORT_NUMBER) {
            try {
                return NODES.numberNode(new BigDecimal(literal));
            } catch (NumberFormatException e) {
                // An exponent beyond BigDecimal's int range (1e2147483648): still a number to Go.
            }
        }
        return NODES.numberNode(0.0d);
    }

    private JsonSyntaxException numberError() {
        if (pos >= text.length()) {
            return error("unexpected end of JSON input");
        }
        return error("invalid character " + describe(text.charAt(pos)) + " in numeric literal");
    }

    private JsonNode literal(String word, JsonNode node) throws JsonSyntaxException {
        for (int i = 0; i < word.length(); i++) {
            if (pos >= text.length()) {
                throw error("unexpected end of JSON input");
            }
            if (text.charAt(pos) != word.charAt(i)) {
                throw error("invalid character " + describe(text.charAt(pos)) + " in literal " + word
                        + " (expecting '" + word.charAt(i) + "')");
            }
            pos++;
        }
        return node;
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                lineStart = pos + 1;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Position here() {
        return Position.of(line, pos - lineStart + 1);
    }

    private JsonSyntaxException error(String message) {
        return new JsonSyntaxException(message, here());
    }

    /** Go's quoting of the offending character, except letters and digits, which may be part of a secret. */
    static String describe(char c) {
        if (Character.isLetterOrDigit(c)) {
            return Character.isDigit(c) ? "(a digit)" : "(a letter)";
        }
        return switch (c) {
            case '\'' -> "'\\''";
            case '\n' -> "'\\n'";
            case '\r' -> "'\\r'";
            case '\t' -> "'\\t'";
            case '\uFEFF' -> "'\\ufeff' (a byte order mark)";
            default -> c < 0x20 || c == 0x7f ? String.format("'\\x%02x'", (int) c) : "'" + c + "'";
        };
    }

    private static String hintFor(char c) {
        return switch (c) {
            case '/', '#' -> " (comments are not allowed in JSON)";
            case '\'' -> " (JSON strings use double quotes)";
            default -> "";
        };
    }
}
