package dev.configunit.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Token-level edits: removed members take their commas with them, and the rest of the text stays as written.
 */
class TextEditsTests {

    @ParameterizedTest(name = "removing {1} from {0}")
    @CsvSource(delimiter = '|', value = {
            "{\"a\": 1, \"b\": 2, \"c\": 3}|a|{\"b\": 2, \"c\": 3}",
            "{\"a\": 1, \"b\": 2, \"c\": 3}|b|{\"a\": 1, \"c\": 3}",
            "{\"a\": 1, \"b\": 2, \"c\": 3}|c|{\"a\": 1, \"b\": 2}",
            "{\"a\": 1, \"b\": 2, \"c\": 3}|a b|{\"c\": 3}",
            "{\"a\": 1, \"b\": 2, \"c\": 3}|a c|{\"b\": 2}",
            "{\"a\": 1, \"b\": 2, \"c\": 3}|b c|{\"a\": 1}",
            "{\"a\": 1, \"b\": 2, \"c\": 3}|a b c|{}",
            "{ \"a\" : [1, {\"x\": 2}] }|a|{}",
    })
    void removedMembersTakeTheirSeparatorsWithThem(String text, String names, String expected) {
        JsonOutline.Value root = JsonOutline.of(text);
        TextEdits edits = new TextEdits(text);
        List<String> gone = List.of(names.split(" "));
        root.members().stream().filter(m -> gone.contains(m.name())).forEach(m -> edits.remove(root, m));

        assertThat(edits.apply()).isEqualTo(expected);
    }

    @Test
    void removalKeepsTheIndentationOfTheLinesAround() {
        String text = "{\n\t\"auth\": \"x\",\n\t\"email\": \"e\",\n\t\"serveraddress\": \"s\"\n}";
        JsonOutline.Value root = JsonOutline.of(text);
        TextEdits edits = new TextEdits(text);
        edits.remove(root, root.members().get(1));
        edits.remove(root, root.members().get(2));

        assertThat(edits.apply()).isEqualTo("{\n\t\"auth\": \"x\"\n}");
    }

    @Test
    void renamesAndReplacementsBesideRemovalsDoNotCollide() {
        String text = "{\"username\": \"u\", \"password\": \"p\"}";
        JsonOutline.Value root = JsonOutline.of(text);
        TextEdits edits = new TextEdits(text);
        edits.renameKey(root.members().get(0), "auth");
        edits.replaceString(root.members().get(0).value(), "dTpw");
        edits.remove(root, root.members().get(1));

        assertThat(edits.apply()).isEqualTo("{\"auth\": \"dTpw\"}");
    }

    @Test
    void repeatedKeysAreSeparateMembers() {
        String text = "{\"a\": 1, \"a\": 2}";
        JsonOutline.Value root = JsonOutline.of(text);
        TextEdits edits = new TextEdits(text);
        edits.remove(root, root.members().get(0));

        assertThat(edits.apply()).isEqualTo("{\"a\": 2}");
    }

    @Test
    void quotedNamesEscapeWhatJsonRequires() {
        assertThat(TextEdits.quote("a\"b\\c\nd\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
    }

    @Test
    void stringsAreDecodedAsGoDecodesThem() {
        JsonOutline.Value root = JsonOutline.of("{\"k\\u0065y\": \"a\\/b\\n\"}");

        assertThat(root.members().get(0).name()).isEqualTo("key");
        assertThat(root.members().get(0).value().string()).isEqualTo("a/b\n");
    }
}
