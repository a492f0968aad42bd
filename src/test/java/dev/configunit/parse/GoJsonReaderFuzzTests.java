package dev.configunit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzz tests of {@link GoJsonReader}, run on the committed inputs in every build and as real fuzzing with
 * {@code JAZZER_FUZZ=1} (SECURITY.md). Whatever the bytes: a tree or a {@link JsonSyntaxException} with a position
 * inside the text and a message in the reader's own words; the same answer twice; and on plain ASCII the same
 * verdict as Jackson's strict parser.
 */
class GoJsonReaderFuzzTests {

    /** Every word an error message may hold: a letter or digit of the input is never quoted. */
    private static final Set<String> VOCABULARY = Set.of("the", "file", "starts", "with", "byte", "order", "mark", "Go",
            "reads", "it", "as", "invalid", "character", "looking", "for", "beginning", "of", "value", "save", "UTF",
            "without", "BOM", "nesting", "too", "deep", "this", "reader", "stack", "keep", "under", "levels",
            "sequence", "must", "be", "encoded", "after", "top", "level", "only", "one", "JSON", "may", "in", "deeper",
            "than", "unexpected", "end", "input", "comments", "are", "not", "allowed", "strings", "use", "double",
            "quotes", "object", "key", "string", "trailing", "comma", "before", "pair", "array", "element", "literal",
            "control", "characters", "escaped", "escape", "code", "hexadecimal", "numeric", "digit", "leading", "zero",
            "numbers", "have", "zeros", "letter", "true", "false", "null", "expecting", "ufeff", "more", "values",
            "far", "such", "holds", "is", "parsed", "keys", "repeated", "paths", "them", "add", "up", "MiB");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]{2,}");
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    @FuzzTest(maxDuration = "2m")
    void readsGoJsonOrRefusesWithAPositionAndWithoutQuotingTheInput(byte[] input) {
        ParsedJson parsed;
        try {
            parsed = GoJsonReader.read(input);
        } catch (JsonSyntaxException e) {
            String text = new String(input, StandardCharsets.UTF_8);
            assertThat(e.position().line()).isBetween(1, (int) text.chars().filter(c -> c == '\n').count() + 1);
            assertThat(e.position().column()).isBetween(1, text.length() + 1);
            Matcher words = WORD.matcher(e.getMessage());
            while (words.find()) {
                assertThat(VOCABULARY).as("a word of \"%s\"", e.getMessage()).contains(words.group());
            }
            assertThat(catchSyntax(input)).as("the same refusal twice").isEqualTo(e.getMessage() + "@" + e.position());
            agreesWithJackson(input, false);
            return;
        }
        String text = new String(input, StandardCharsets.UTF_8);
        int lines = (int) text.chars().filter(c -> c == '\n').count() + 1;
        for (String pointer : pointers(parsed.root(), "", new ArrayList<>())) {
            Region value = parsed.positions().value(pointer);
            assertThat(value.start().line()).isBetween(1, lines);
            assertThat(value.end().line()).isBetween(value.start().line(), lines);
            if (value.end().line() == value.start().line()) {
                assertThat(value.end().column()).isGreaterThanOrEqualTo(value.start().column());
            }
        }
        try {
            assertThat(GoJsonReader.read(input).root()).as("the same tree twice").isEqualTo(parsed.root());
        } catch (JsonSyntaxException e) {
            throw new AssertionError("accepted, then refused: " + e.getMessage());
        }
        agreesWithJackson(input, true);
    }

    /**
     * On printable ASCII, short numbers and shallow nesting, Go's grammar is strict RFC 8259 and so is Jackson's
     * default parser (duplicate keys allowed): both accept or both refuse.
     */
    private static void agreesWithJackson(byte[] input, boolean accepted) {
        int openers = 0;
        int digits = 0;
        for (byte b : input) {
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b > 0x7e) {
                return;
            }
            openers += b == '[' || b == '{' ? 1 : 0;
            digits = b >= '0' && b <= '9' ? digits + 1 : 0;
            if (openers > 400 || digits > 60) {
                return;
            }
        }
        boolean jackson;
        try {
            STRICT.readTree(new String(input, StandardCharsets.US_ASCII));
            jackson = true;
        } catch (JacksonException e) {
            jackson = false;
        }
        assertThat(accepted).as("GoJsonReader accepts what Jackson %s", jackson ? "accepts" : "refuses")
                .isEqualTo(jackson);
    }

    private static String catchSyntax(byte[] input) {
        try {
            GoJsonReader.read(input);
            return "accepted";
        } catch (JsonSyntaxException e) {
            return e.getMessage() + "@" + e.position();
        }
    }

    private static List<String> pointers(JsonNode node, String pointer, List<String> all) {
        all.add(pointer);
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                pointers(member.getValue(), JsonPointers.child(pointer, member.getKey()), all);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                pointers(node.get(i), JsonPointers.child(pointer, i), all);
            }
        }
        return all;
    }
}
