package dev.configunit.check;

import dev.configunit.parse.JsonPointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A rule's {@code given}: a JSON Pointer whose segments may be {@code *} (any member or item), with an optional
 * trailing {@code ~} that selects the member names instead of the values, e.g. {@code /auths/*~} for every
 * registry key and <code>/auths/&#42;/auth</code> for every {@code auth} value.
 *
 * <p>Names match exactly as written; a rule that should also catch Go's case-insensitive spellings names them
 * in a pattern of its own.
 */
public final class GivenPath {

    private final List<String> tokens;
    private final boolean keys;
    private final String text;

    private GivenPath(String text, List<String> tokens, boolean keys) {
        this.text = text;
        this.tokens = tokens;
        this.keys = keys;
    }

    /** Parses a {@code given}; {@code null} or empty selects the whole document. */
    public static GivenPath parse(String given) {
        if (given == null || given.isEmpty()) {
            return new GivenPath("", List.of(), false);
        }
        // A pointer escapes '~' as "~0" or "~1", so a trailing '~' can only be the key selector.
        boolean keys = given.endsWith("~");
        String pointer = keys ? given.substring(0, given.length() - 1) : given;
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            throw new IllegalArgumentException("given \"" + given + "\" must be a JSON Pointer starting with /");
        }
        if (keys && pointer.isEmpty()) {
            throw new IllegalArgumentException("given \"" + given + "\" selects the keys of nothing");
        }
        return new GivenPath(given, JsonPointers.tokens(pointer), keys);
    }

    /** Whether the path selects member names. */
    public boolean selectsKeys() {
        return keys;
    }

    /** The path's tokens without the last one, and the last one: for checks that look for a missing member. */
    List<String> tokens() {
        return tokens;
    }

    @Override
    public String toString() {
        return text;
    }

    /** Every selected member name or value, in document order. */
    public List<Selected> select(JsonNode root) {
        List<Selected> out = new ArrayList<>();
        walk(root, "", null, 0, out);
        return out;
    }

    private void walk(JsonNode node, String pointer, String key, int depth, List<Selected> out) {
        if (depth == tokens.size()) {
            if (!keys || key != null) {
                out.add(new Selected(pointer, key, node, keys));
            }
            return;
        }
        String token = tokens.get(depth);
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                if (token.equals("*") || token.equals(member.getKey())) {
                    walk(member.getValue(), JsonPointers.child(pointer, member.getKey()), member.getKey(), depth + 1, out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (token.equals("*") || token.equals(Integer.toString(i))) {
                    walk(node.get(i), JsonPointers.child(pointer, i), null, depth + 1, out);
                }
            }
        }
    }

    /**
     * One selected place: its pointer, the member name it is under ({@code null} for array items and the root),
     * the value, and whether the rule is about the name rather than the value.
     */
    public record Selected(String pointer, String key, JsonNode value, boolean onKey) {
    }
}
