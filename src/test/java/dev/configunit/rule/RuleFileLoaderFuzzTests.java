package dev.configunit.rule;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzz tests of the rule-file loader: whatever the text, it loads rules or refuses the file with a
 * {@link RuleFileException} at a line and column of the file, never with another exception. Rule files may come
 * from the scanned repository ({@code --rules .configunit/}). Run on the committed inputs (the built-in pack among
 * them) in every build and as real fuzzing with {@code JAZZER_FUZZ=1} (SECURITY.md).
 */
class RuleFileLoaderFuzzTests {

    /** What a rule's {@code with.schema} may name: one small schema, and anything else is missing. */
    private static String resource(String relative) throws IOException {
        if (relative.equals("schema.json")) {
            return "{\"type\": \"object\", \"properties\": {\"auths\": {\"type\": \"object\"}}}";
        }
        throw new IOException("no such file");
    }

    @FuzzTest(maxDuration = "2m")
    void loadsRulesOrRefusesTheFileAtAPosition(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            List<Rule> rules = RuleFileLoader.parse("fuzz.yaml", text, RuleFileLoaderFuzzTests::resource);
            for (Rule rule : rules) {
                assertThat(rule.id()).isNotBlank();
                assertThat(rule.check()).isNotNull();
            }
        } catch (RuleFileException e) {
            assertThat(e.file()).isEqualTo("fuzz.yaml");
            assertThat(e.position().line()).isPositive();
            assertThat(e.position().column()).isPositive();
            assertThat(e.getMessage()).startsWith("fuzz.yaml:");
        }
    }
}
