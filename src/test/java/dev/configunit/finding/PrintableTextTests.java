package dev.configunit.finding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Keys and file names are printed as {@link PrintableText}: whoever wrote the input cannot rewrite the terminal, forge
 * a line of output or reorder what is shown.
 */
class PrintableTextTests {

    @Test
    void escapeSequencesAreShownNotObeyed() {
        assertThat(PrintableText.of("\u001b[2J\u001b]0;title\u0007registry.example.com"))
                .isEqualTo("\\u001b[2J\\u001b]0;title\\u0007registry.example.com");
    }

    @Test
    void aLineBreakCannotStartAForgedFindingLine() {
        assertThat(PrintableText.of("a.example.com\nfake.json:1:1: error docker/x forged"))
                .isEqualTo("a.example.com\\u000afake.json:1:1: error docker/x forged")
                .doesNotContain("\n");
        assertThat(PrintableText.of("a\rb\u2028c\u2029d")).isEqualTo("a\\u000db\\u2028c\\u2029d");
    }

    @Test
    void deleteAndC1ControlsIncludingTheEightBitCsiAreEscaped() {
        assertThat(PrintableText.of("a\u007fb\u009b31mc\u0085")).isEqualTo("a\\u007fb\\u009b31mc\\u0085");
    }

    @Test
    void bidirectionalOverridesAreEscaped() {
        assertThat(PrintableText.of("evil\u202egnp.exe\u2066\u2069\u200f")).isEqualTo("evil\\u202egnp.exe\\u2066\\u2069\\u200f");
    }

    @Test
    void tabsAndOrdinaryTextStayAsTheyAre() {
        String text = "\t\"https://index.docker.io/v1/\": ключ 🔑 ";

        assertThat(PrintableText.of(text)).isSameAs(text);
    }

    @Test
    void multiLineOutputKeepsItsLineFeedsOnly() {
        assertThat(PrintableText.ofLines("-\t\"a\u001b\": {}\n+\t\"b\": {}\r\n"))
                .isEqualTo("-\t\"a\\u001b\": {}\n+\t\"b\": {}\\u000d\n");
    }
}
