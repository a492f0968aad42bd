package dev.configunit.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A JSON text with every secret replaced by {@code "***"}, for the diff {@code fix} prints (product.md
 * "Never reveal a secret").
 *
 * <p>It masks more than the four secret fields ({@code auth}, {@code password}, {@code identitytoken},
 * {@code registrytoken}): any string under a name that speaks of users, passwords, tokens, keys or secrets, every
 * {@code HttpHeaders} value (an {@code Authorization} header is a secret), and any URL with user information. A
 * string never spans lines in JSON, so the masked text has the same lines as the original.
 */
final class SecretMask {

    static final String MASK = "\"***\"";

    /** An {@code email} is masked too: it is often the user name, above all for Docker Hub. */
    private static final List<String> SECRET_WORDS = List.of("auth", "pass", "token", "secret", "key", "user", "mail");
    private static final Pattern USER_INFO = Pattern.compile("(?s)^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*@.*");

    private SecretMask() {
    }

    /** The text with its secrets masked; {@code text} must be JSON that Go's reader accepts. */
    static String apply(String text) {
        List<int[]> spans = new ArrayList<>();
        collect(JsonOutline.of(text), false, spans);
        spans.sort(Comparator.comparingInt(span -> span[0]));
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (int[] span : spans) {
            out.append(text, at, span[0]).append(MASK);
            at = span[1];
        }
        return out.append(text, at, text.length()).toString();
    }

    private static void collect(JsonOutline.Value value, boolean everything, List<int[]> spans) {
        if (value.isObject()) {
            for (JsonOutline.Member member : value.members()) {
                if (USER_INFO.matcher(member.name()).matches()) {
                    spans.add(new int[] {member.keyStart(), member.keyEnd()});
                }
                String name = member.name().toLowerCase(Locale.ROOT);
                boolean secret = everything || SECRET_WORDS.stream().anyMatch(name::contains);
                visit(member.value(), secret, everything || name.equals("httpheaders"), spans);
            }
        } else if (value.elements() != null) {
            value.elements().forEach(element -> visit(element, everything, everything, spans));
        }
    }

    private static void visit(JsonOutline.Value value, boolean secret, boolean everything, List<int[]> spans) {
        if (value.isString()) {
            if (secret || USER_INFO.matcher(value.string()).matches()) {
                spans.add(new int[] {value.start(), value.end()});
            }
        } else {
            collect(value, everything, spans);
        }
    }
}
