package dev.configunit.finding;

/**
 * Text taken from an input (a registry key, a file name) as it may be printed: control characters written as
 * {@code \}{@code uXXXX} escapes.
 *
 * <p>A key or file name is chosen by whoever wrote the input. Printed raw, an escape sequence would rewrite the
 * terminal or the CI log, a line break would forge a finding line, and a bidirectional override would show the text
 * in another order than it has.
 */
public final class PrintableText {

    private PrintableText() {
    }

    /** The text with every control character but the tab, and every line separator and bidirectional format, escaped. */
    public static String of(String text) {
        return escape(text, false);
    }

    /** As {@link #of}, but line feeds stay: for multi-line output such as a diff. */
    public static String ofLines(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLineFeeds) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c) && !(keepLineFeeds && c == '\n')) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isUnsafe(char c) {
        return (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f)
                || c == '\u2028' || c == '\u2029'
                || c == '\u200e' || c == '\u200f' || c == '\u061c'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }
}
