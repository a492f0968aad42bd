package dev.configunit.check;

/**
 * Makes a name from an untrusted file (an archive entry, a helper name) safe to print: control characters escaped,
 * length capped.
 */
public final class Printable {

    private static final int MAX = 160;

    private Printable() {
    }

    public static String of(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX) + 8);
        for (int i = 0; i < text.length(); i++) {
            if (out.length() >= MAX) {
                out.append('…');
                break;
            }
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
