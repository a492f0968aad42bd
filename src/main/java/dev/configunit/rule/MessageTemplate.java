package dev.configunit.rule;

import dev.configunit.finding.PrintableText;
import java.util.Map;

/**
 * Fills the {@code {name}} placeholders of a rule's message; unknown placeholders stay as written.
 *
 * <p>Values come from the input (a registry key, a field name), so their control characters are escaped: a message
 * is one line of text wherever it is shown.
 */
public final class MessageTemplate {

    private MessageTemplate() {
    }

    public static String render(String template, Map<String, String> args) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i + 1) : -1;
            if (close > i + 1) {
                String name = template.substring(i + 1, close);
                String value = args.get(name);
                if (value != null && name.matches("[A-Za-z][A-Za-z0-9-]*")) {
                    out.append(PrintableText.of(value));
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
