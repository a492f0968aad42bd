package dev.configunit.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Changes to a JSON text, token by token: renamed keys, replaced values, removed members.
 *
 * <p>Everything between the edited tokens is kept as written, which is how {@code fix} keeps a file's indentation
 * (docker's tabs, or any number of spaces), its line endings and its key order.
 */
final class TextEdits {

    private final String text;
    private final List<Edit> edits = new ArrayList<>();
    private final Map<JsonOutline.Value, Set<JsonOutline.Member>> removals = new IdentityHashMap<>();

    TextEdits(String text) {
        this.text = text;
    }

    private record Edit(int start, int end, String replacement) {
    }

    void renameKey(JsonOutline.Member member, String name) {
        edits.add(new Edit(member.keyStart(), member.keyEnd(), quote(name)));
    }

    void replaceString(JsonOutline.Value value, String string) {
        edits.add(new Edit(value.start(), value.end(), quote(string)));
    }

    void remove(JsonOutline.Value object, JsonOutline.Member member) {
        removals.computeIfAbsent(object, o -> new LinkedHashSet<>()).add(member);
    }

    boolean isEmpty() {
        return edits.isEmpty() && removals.isEmpty();
    }

    /** The text with every edit applied. */
    String apply() {
        List<Edit> all = new ArrayList<>();
        List<int[]> removed = new ArrayList<>();
        removals.forEach((object, members) -> all.addAll(removalEdits(object, members, removed)));
        for (Edit edit : edits) {
            if (removed.stream().noneMatch(span -> span[0] <= edit.start() && edit.end() <= span[1])) {
                all.add(edit);
            }
        }
        all.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Edit edit : all) {
            if (edit.start() < at) {
                throw new IllegalStateException("overlapping edits at offset " + edit.start());
            }
            out.append(text, at, edit.start()).append(edit.replacement());
            at = edit.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /**
     * Deletes runs of removed members with the comma and blanks that belong to them: after a kept member, from the end
     * of its value to the end of the run; at the start of the object, up to the next kept member's name.
     */
    private static List<Edit> removalEdits(JsonOutline.Value object, Set<JsonOutline.Member> gone, List<int[]> removed) {
        List<JsonOutline.Member> members = object.members();
        List<Edit> out = new ArrayList<>();
        for (JsonOutline.Member member : gone) {
            removed.add(new int[] {member.keyStart(), member.value().end()});
        }
        if (members.stream().allMatch(gone::contains)) {
            out.add(new Edit(object.start() + 1, object.end() - 1, ""));
            return out;
        }
        int i = 0;
        while (i < members.size()) {
            if (!gone.contains(members.get(i))) {
                i++;
                continue;
            }
            int first = i;
            while (i < members.size() && gone.contains(members.get(i))) {
                i++;
            }
            int lastEnd = members.get(i - 1).value().end();
            out.add(first > 0
                    ? new Edit(members.get(first - 1).value().end(), lastEnd, "")
                    : new Edit(members.get(first).keyStart(), members.get(i).keyStart(), ""));
        }
        return out;
    }

    /** A JSON string literal for any text: quotes, backslashes and control characters escaped. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
