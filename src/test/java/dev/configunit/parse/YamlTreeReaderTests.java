package dev.configunit.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/**
 * {@link YamlTreeReader} reads rule files and {@code .gitlab-ci.yml} files, which a pull request may craft: whatever
 * their shape, reading ends in a tree or a {@link JsonSyntaxException} with a position, in bounded memory.
 */
class YamlTreeReaderTests {

    private static JsonSyntaxException refusal(String yaml) {
        JsonSyntaxException e = catchThrowableOfType(JsonSyntaxException.class, () -> YamlTreeReader.read(yaml));
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    @Test
    void refusesMoreValuesThanTheBoundWithThePositionOfTheFirstOneTooMany() {
        String yaml = "a: [" + "0,".repeat(YamlTreeReader.MAX_VALUES) + "0]\n";

        JsonSyntaxException e = refusal(yaml);

        assertThat(e.getMessage()).startsWith("more than " + YamlTreeReader.MAX_VALUES + " values");
        assertThat(e.position().line()).isEqualTo(1);
    }

    @Test
    void refusesADocumentLongerThanTheBoundBeforeScanningIt() {
        // An 8 MB scalar once took the scanner 17 seconds and more than a 128 MiB heap.
        JsonSyntaxException e = refusal("a: " + "QUFB".repeat(YamlTreeReader.MAX_CHARS / 4));

        assertThat(e.getMessage()).startsWith("longer than 2 Mi characters");
        assertThat(e.position()).isEqualTo(Position.of(1, 1));
    }

    @Test
    void numbersWithoutADecimalValueAreKeptAsText() throws JsonSyntaxException {
        ParsedJson parsed = YamlTreeReader.read("a: 1e2147483648\nb: .inf\nc: 12\n");

        assertThat(parsed.root().get("a").asString()).isEqualTo("1e2147483648");
        assertThat(parsed.root().get("b").asString()).isEqualTo(".inf");
        assertThat(parsed.root().get("c").isNumber()).isTrue();
    }

    @Test
    void refusesNesting50000DeepWithoutAStackOverflow() {
        assertThat(refusal("[".repeat(50_000)).getMessage()).contains("nesting depth");
        assertThat(refusal("{a: ".repeat(50_000)).getMessage()).contains("nesting depth");
    }

    @Test
    void aliasesAreNotExpandedSoABillionLaughsStaysSmall() throws JsonSyntaxException {
        StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            String previous = String.valueOf((char) (c - 1));
            yaml.append(c).append(": &").append(c).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
        }

        ParsedJson parsed = YamlTreeReader.read(yaml.toString());

        assertThat(parsed.root().get("j").size()).isEqualTo(9);
        assertThat(parsed.root().get("j").get(0).isContainer()).isFalse();
    }
}
