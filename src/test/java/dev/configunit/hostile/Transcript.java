package dev.configunit.hostile;

import dev.configunit.finding.PrintableText;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Everything one run of an entry point said, and how it ended.
 *
 * @param exitCode the process's exit code; for the engine 1 when a test failed, else 0
 * @param outputs every output by name (stdout, stderr, a report file, the engine's events), as written
 * @param lines the findings, skipped inputs and refusals, one per line, as {@code path...: ... message}
 */
record Transcript(int exitCode, Map<String, String> outputs, List<String> lines) {

    /** The name of a JSON output, where a JSON writer escapes C0 controls and leaves other characters as they are. */
    static final String JSON_STDOUT = "stdout (JSON)";

    static List<String> linesOf(String... texts) {
        return Arrays.stream(texts).flatMap(text -> text.lines()).toList();
    }

    /** All outputs in one text, each headed by its name. */
    String everything() {
        StringBuilder all = new StringBuilder();
        outputs.forEach((name, text) -> all.append("== ").append(name).append('\n').append(text).append('\n'));
        return all.toString();
    }

    /** The lines that name {@code display} (as written, or as {@link PrintableText} shows it) and say every fragment. */
    List<String> linesNaming(String display, List<String> fragments) {
        String shown = PrintableText.of(display);
        return lines.stream()
                .filter(line -> line.contains(display) || line.contains(shown))
                .filter(line -> fragments.stream().allMatch(line::contains))
                .toList();
    }
}
