package dev.configunit.report.sarif;

import java.util.regex.Pattern;

/**
 * Turns a rule's Markdown help into the plain text and the one-paragraph description SARIF also wants.
 */
final class HelpText {

    /** GitHub's limit for {@code shortDescription} and {@code fullDescription}. */
    static final int MAX_DESCRIPTION = 1024;

    private static final Pattern CODE = Pattern.compile("`([^`]*)`");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private HelpText() {
    }

    /** The help without Markdown code marks; bullets, paragraphs and line breaks stay. */
    static String plain(String markdown) {
        return CODE.matcher(markdown.strip()).replaceAll("$1");
    }

    /** The help's first paragraph as one line of plain text, cut at a sentence within GitHub's limit. */
    static String firstParagraph(String markdown) {
        String paragraph = plain(markdown).split("\\n\\s*\\n", 2)[0];
        String line = SPACES.matcher(paragraph).replaceAll(" ").strip();
        if (line.length() <= MAX_DESCRIPTION) {
            return line;
        }
        int cut = line.lastIndexOf(". ", MAX_DESCRIPTION - 1);
        return cut > 0 ? line.substring(0, cut + 1) : line.substring(0, MAX_DESCRIPTION - 1) + "…";
    }

    /** The text as a sentence: with a final period unless it already ends a sentence. */
    static String sentence(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty() || stripped.endsWith(".") || stripped.endsWith("!") || stripped.endsWith("?")) {
            return stripped;
        }
        return stripped + ".";
    }
}
