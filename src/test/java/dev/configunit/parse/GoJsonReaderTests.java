package dev.configunit.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * {@link GoJsonReader} accepts exactly what Go's {@code encoding/json} accepts and knows where every token is.
 *
 * <p>docker-auth-semantics.md §1.1 (0-byte file and {@code {}} accepted; parse errors), §1.2 (duplicate keys: the
 * last wins), §1.3 (a raw newline inside a string is invalid JSON), §11 (measured: a UTF-8 BOM and a trailing
 * comma are refused by Docker CLI and skopeo); rules.md {@code docker/json-syntax}.
 */
class GoJsonReaderTests {

    private static ParsedJson read(String text) throws JsonSyntaxException {
        return GoJsonReader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonSyntaxException refusal(String text) {
        return refusal(text.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonSyntaxException refusal(byte[] bytes) {
        JsonSyntaxException e = catchThrowableOfType(JsonSyntaxException.class, () -> GoJsonReader.read(bytes));
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    private static Region region(int line, int column, int endLine, int endColumn) {
        return new Region(Position.of(line, column), Position.of(endLine, endColumn));
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    // --- what Go refuses --------------------------------------------------------------------------------------

    @Test
    void refusesUtf8ByteOrderMarkAtLine1Column1() {
        // §11: Docker CLI and skopeo: invalid character 'ï' looking for beginning of value
        JsonSyntaxException e = refusal(bytes(0xEF, 0xBB, 0xBF, "{\"auths\": {}}"));

        assertThat(e.position()).isEqualTo(Position.of(1, 1));
        assertThat(e.getMessage()).contains("byte order mark");
    }

    @Test
    void refusesLineCommentWithAHint() {
        JsonSyntaxException e = refusal("{\n  // Docker Hub\n  \"auths\": {}\n}");

        assertThat(e.position()).isEqualTo(Position.of(2, 3));
        assertThat(e.getMessage()).isEqualTo("invalid character '/' looking for beginning of object key string"
                + " (comments are not allowed in JSON)");
    }

    @Test
    void refusesBlockCommentAfterAValueWithAHint() {
        JsonSyntaxException e = refusal("{\"credsStore\": \"desktop\" /* macOS */}");

        assertThat(e.position()).isEqualTo(Position.of(1, 26));
        assertThat(e.getMessage()).contains("after object key:value pair", "comments are not allowed in JSON");
    }

    @Test
    void refusesCommentBeforeTheDocument() {
        JsonSyntaxException e = refusal("/* config */ {}");

        assertThat(e.position()).isEqualTo(Position.of(1, 1));
        assertThat(e.getMessage()).contains("comments are not allowed in JSON");
    }

    @Test
    void refusesTrailingCommaInAnObjectAtTheClosingBrace() {
        // §11: skopeo "invalid character '}'"
        JsonSyntaxException e = refusal("{\n  \"auths\": {\n    \"a.example.com\": {},\n  }\n}");

        assertThat(e.position()).isEqualTo(Position.of(4, 3));
        assertThat(e.getMessage()).isEqualTo("invalid character '}' looking for beginning of object key string"
                + " (a trailing comma before '}' is not allowed in JSON)");
    }

    @Test
    void refusesTrailingCommaInAnArrayAtTheClosingBracket() {
        JsonSyntaxException e = refusal("{\"pruneFilters\": [\"a\",\n\t\"b\",\n\t]}");

        assertThat(e.position()).isEqualTo(Position.of(3, 2));
        assertThat(e.getMessage()).contains("invalid character ']'", "trailing comma before ']'");
    }

    @Test
    void refusesRawNewlineInsideAString() {
        // §1.3: "A raw newline inside a JSON string is invalid JSON and fails parsing before Base64 is reached"
        JsonSyntaxException e = refusal("{\"auth\": \"dXNlcjpw\nYXNz\"}");

        assertThat(e.position()).isEqualTo(Position.of(1, 19));
        assertThat(e.getMessage()).isEqualTo("invalid character '\\n' in string literal"
                + " (control characters must be escaped, e.g. \\n)");
    }

    @Test
    void refusesRawTabInsideAString() {
        JsonSyntaxException e = refusal("{\"auth\": \"dXNl\tcjpw\"}");

        assertThat(e.position()).isEqualTo(Position.of(1, 15));
        assertThat(e.getMessage()).startsWith("invalid character '\\t' in string literal");
    }

    @Test
    void refusesOtherRawControlCharactersInsideAString() {
        assertThat(refusal("{\"a\": \"x\u0001\"}").getMessage()).startsWith("invalid character '\\x01' in string");
        assertThat(refusal("{\"a\": \"x\r\"}").getMessage()).startsWith("invalid character '\\r' in string");
    }

    @Test
    void refusesInvalidUtf8WithItsPosition() {
        JsonSyntaxException e = refusal(bytes("{\n  \"auth\": \"dX", 0xFF, "Nl\"\n}"));

        assertThat(e.position()).isEqualTo(Position.of(2, 14));
        assertThat(e.getMessage()).contains("invalid UTF-8");
    }

    @Test
    void invalidUtf8PositionCountsPrecedingCharactersNotBytes() {
        // "é" is two bytes, one column
        JsonSyntaxException e = refusal(bytes("{\"é\": \"", 0xC3, 0x28, "\"}"));

        assertThat(e.position()).isEqualTo(Position.of(1, 8));
    }

    @Test
    void refusesOverlongAndTruncatedUtf8() {
        assertThat(refusal(bytes("{\"a\": \"", 0xC0, 0xAF, "\"}")).position()).isEqualTo(Position.of(1, 8));
        assertThat(refusal(bytes("{\"a\": \"", 0xE2, 0x82)).getMessage()).contains("invalid UTF-8");
        // an encoded surrogate (CESU-8) is not UTF-8
        assertThat(refusal(bytes("{\"a\": \"", 0xED, 0xA0, 0x80, "\"}")).getMessage()).contains("invalid UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": 01}", "{\"a\": -01}", "{\"a\": 00}", "[012]"})
    void refusesLeadingZeros(String text) {
        JsonSyntaxException e = refusal(text);

        assertThat(e.getMessage()).contains("leading zero");
    }

    @Test
    void leadingZeroErrorPointsAtTheSecondDigitAndNamesNoWrongContext() {
        JsonSyntaxException e = refusal("{\"a\": 01}");

        assertThat(e.position()).isEqualTo(Position.of(1, 8));
        assertThat(e.getMessage()).doesNotContain("top-level");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": NaN}", "{\"a\": Infinity}", "{\"a\": -Infinity}", "{\"a\": +1}", "{\"a\": .5}",
        "{\"a\": 1.}", "{\"a\": 1e}", "{\"a\": 0x10}", "{\"a\": True}", "{\"a\": undefined}"})
    void refusesWhatJavaScriptOrLenientParsersAccept(String text) {
        assertThat(refusal(text).position().line()).isEqualTo(1);
    }

    @Test
    void refusesNaNAtItsFirstCharacter() {
        JsonSyntaxException e = refusal("{\"a\": NaN}");

        assertThat(e.position()).isEqualTo(Position.of(1, 7));
        assertThat(e.getMessage()).isEqualTo("invalid character (a letter) looking for beginning of value");
    }

    @Test
    void refusesSingleQuotesWithAHint() {
        JsonSyntaxException key = refusal("{'auths': {}}");
        JsonSyntaxException value = refusal("{\"credsStore\": 'desktop'}");

        assertThat(key.position()).isEqualTo(Position.of(1, 2));
        assertThat(key.getMessage()).contains("'\\''", "JSON strings use double quotes");
        assertThat(value.position()).isEqualTo(Position.of(1, 16));
        assertThat(value.getMessage()).contains("JSON strings use double quotes");
    }

    @Test
    void refusesTrailingDataAfterTheTopLevelValue() {
        JsonSyntaxException e = refusal("{\"auths\": {}}\n{\"auths\": {}}");

        assertThat(e.position()).isEqualTo(Position.of(2, 1));
        assertThat(e.getMessage()).isEqualTo("invalid character '{' after top-level value"
                + " (only one JSON value may be in the file)");
    }

    @Test
    void refusesAStrayClosingBraceAfterTheDocument() {
        assertThat(refusal("{}}").position()).isEqualTo(Position.of(1, 3));
    }

    @Test
    void acceptsTrailingWhitespace() throws JsonSyntaxException {
        assertThat(read("{}\r\n\t \n").root().isObject()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"auths\"", "{\"auths\":", "{\"auths\": {", "{\"a\": \"x", "[", "[1,", "{\"a\": tr",
        "{\"a\": \"\\u12"})
    void refusesTruncatedInputAsUnexpectedEnd(String text) {
        JsonSyntaxException e = refusal(text);

        assertThat(e.getMessage()).isEqualTo("unexpected end of JSON input");
        assertThat(e.position()).isEqualTo(Position.of(1, text.length() + 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": \"\\x\"}", "{\"a\": \"\\u12G4\"}", "{\"a\": \"\\U0041\"}", "{\"a\": \"\\'\"}"})
    void refusesInvalidEscapes(String text) {
        assertThat(refusal(text).getMessage()).contains("escape");
    }

    @Test
    void refusesFormFeedAsWhitespace() {
        // Go's whitespace is space, \t, \n and \r only
        assertThat(refusal("{\f}").position()).isEqualTo(Position.of(1, 2));
    }

    @Test
    void refusesMissingColonAndComma() {
        assertThat(refusal("{\"a\" 1}").getMessage()).startsWith("invalid character (a digit) after object key");
        assertThat(refusal("{\"a\": 1 \"b\": 2}").getMessage()).contains("after object key:value pair");
        assertThat(refusal("[1 2]").getMessage()).contains("after array element");
    }

    // --- what Go accepts --------------------------------------------------------------------------------------

    @Test
    void zeroByteInputIsAnEmptyObject() throws JsonSyntaxException {
        // §1.1: empty file accepted (io.EOF ignored), TestEmptyFile
        ParsedJson parsed = GoJsonReader.read(new byte[0]);

        assertThat(parsed.root().isObject()).isTrue();
        assertThat(parsed.root().size()).isZero();
        assertThat(parsed.duplicates()).isEmpty();
        assertThat(parsed.positions().value("")).isEqualTo(Region.FILE);
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "\n", "\r\n\t  \r\n", "\t\t\t"})
    void whitespaceOnlyInputIsAnEmptyObject(String text) throws JsonSyntaxException {
        ParsedJson parsed = read(text);

        assertThat(parsed.root().isObject()).isTrue();
        assertThat(parsed.root().size()).isZero();
    }

    @Test
    void emptyObjectIsAccepted() throws JsonSyntaxException {
        // §1.1: TestEmptyJSON
        assertThat(read("{}").root().size()).isZero();
    }

    @Test
    void acceptsAnyTopLevelValueForTheSchemaRuleToJudge() throws JsonSyntaxException {
        assertThat(read("[]").root().isArray()).isTrue();
        assertThat(read("\"x\"").root().asString()).isEqualTo("x");
        assertThat(read("null").root().isNull()).isTrue();
        assertThat(read("-0.5e+3").root().isNumber()).isTrue();
    }

    @Test
    void reportsDuplicateKeysWithBothPositionsAndKeepsTheLastValue() throws JsonSyntaxException {
        // §1.2: "Duplicate keys: Go encoding/json keeps the last one"
        ParsedJson parsed = read("{\"credsStore\": \"desktop\",\n \"credsStore\": \"pass\"}");

        assertThat(parsed.root().get("credsStore").asString()).isEqualTo("pass");
        assertThat(parsed.duplicates()).containsExactly(new DuplicateKey("/credsStore",
                region(1, 2, 1, 14), region(2, 2, 2, 14)));
        assertThat(parsed.positions().key("/credsStore")).isEqualTo(region(2, 2, 2, 14));
        assertThat(parsed.positions().value("/credsStore")).isEqualTo(region(2, 16, 2, 22));
    }

    @Test
    void duplicateRegistryEntryKeepsTheLastEntryWhole() throws JsonSyntaxException {
        ParsedJson parsed = read("{\"auths\": {\"r\": {\"auth\": \"x\"}, \"r\": {}}}");

        assertThat(parsed.root().get("auths").get("r").size()).isZero();
        assertThat(parsed.duplicates()).extracting(DuplicateKey::pointer).containsExactly("/auths/r");
    }

    @Test
    void reportsEveryRepetition() throws JsonSyntaxException {
        ParsedJson parsed = read("{\"a\": 1, \"a\": 2, \"a\": 3}");

        assertThat(parsed.root().get("a").asInt()).isEqualTo(3);
        assertThat(parsed.duplicates()).hasSize(2);
    }

    @Test
    void sameKeyInDifferentObjectsIsNoDuplicate() throws JsonSyntaxException {
        assertThat(read("{\"a\": {\"x\": 1}, \"b\": {\"x\": 1}}").duplicates()).isEmpty();
    }

    @Test
    void nestingDeeperThanMaxDepthIsAnErrorNotAStackOverflow() {
        String arrays = "[".repeat(50_000) + "]".repeat(50_000);

        JsonSyntaxException e = refusal(arrays);

        assertThat(e.getMessage()).contains("nesting deeper than " + GoJsonReader.MAX_DEPTH);
        assertThat(e.position()).isEqualTo(Position.of(1, GoJsonReader.MAX_DEPTH + 1));
    }

    @Test
    void deeplyNestedObjectsAreAnErrorNotAStackOverflow() {
        String objects = "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000);

        assertThat(refusal(objects).getMessage()).contains("nesting deeper than");
    }

    @Test
    void nestingUpToMaxDepthIsAccepted() {
        int depth = GoJsonReader.MAX_DEPTH;

        assertThatCode(() -> read("[".repeat(depth) + "]".repeat(depth))).doesNotThrowAnyException();
        assertThatCode(() -> read("{\"auths\":".repeat(depth - 1) + "{}" + "}".repeat(depth - 1)))
                .doesNotThrowAnyException();
        assertThat(refusal("[".repeat(depth + 1) + "]".repeat(depth + 1)).getMessage()).contains("nesting deeper");
    }

    @Test
    void stackRunningOutBeforeMaxDepthIsASyntaxErrorNotAStackOverflow() throws InterruptedException {
        // a thread with a small stack cannot hold MAX_DEPTH levels; the reader must still answer with a position
        String deep = "{\"a\":".repeat(GoJsonReader.MAX_DEPTH - 1) + "1" + "}".repeat(GoJsonReader.MAX_DEPTH - 1);
        Throwable[] outcome = new Throwable[1];
        Thread small = new Thread(null, () -> {
            try {
                GoJsonReader.read(deep);
            } catch (Throwable t) {
                outcome[0] = t;
            }
        }, "small-stack", 64 * 1024);

        small.start();
        small.join();

        assertThat(outcome[0]).isInstanceOf(JsonSyntaxException.class)
                .hasMessageContaining("nesting too deep");
        assertThat(((JsonSyntaxException) outcome[0]).position().line()).isEqualTo(1);
    }

    @Test
    void acceptsA10000DigitNumber() throws JsonSyntaxException {
        // Go accepts numbers of any length (Jackson refuses them)
        String digits = "9".repeat(10_000);

        ParsedJson parsed = read("{\"n\": " + digits + ", \"m\": -" + digits + ".5e-" + digits + "}");

        assertThat(parsed.root().get("n").isNumber()).isTrue();
        assertThat(parsed.root().get("m").isNumber()).isTrue();
        assertThat(parsed.positions().value("/n")).isEqualTo(region(1, 7, 1, 10_007));
    }

    @Test
    void acceptsAnExponentBeyondTheRangeOfAJavaInt() throws JsonSyntaxException {
        // Found by the fuzzer: BigDecimal threw NumberFormatException ("Exponent overflow") and ended the scan.
        ParsedJson parsed = read("{\"a\": 1e2147483648, \"b\": -1E-2147483649, \"c\": 0.5e+99999999999}");

        assertThat(parsed.root().get("a").isNumber()).isTrue();
        assertThat(parsed.root().get("b").isNumber()).isTrue();
        assertThat(parsed.root().get("c").isNumber()).isTrue();
        assertThat(parsed.positions().value("/a")).isEqualTo(region(1, 7, 1, 19));
    }

    // --- bounds: memory stays in proportion to a credential file, whatever the input -------------------------------

    @Test
    void refusesMoreValuesThanACredentialFileHoldsAtTheFirstValueTooMany() {
        // 6 MB of [0,0,...] once needed gigabytes: every value has a node and a pointer in the position index.
        String values = "[" + "0,".repeat(GoJsonReader.MAX_VALUES) + "0]";

        JsonSyntaxException e = refusal(values);

        assertThat(e.getMessage()).startsWith("more than " + GoJsonReader.MAX_VALUES + " values");
        assertThat(e.position()).isEqualTo(Position.of(1, 2 * GoJsonReader.MAX_VALUES));
    }

    @Test
    void acceptsAsManyValuesAsTheBound() throws JsonSyntaxException {
        String values = "[" + "0,".repeat(GoJsonReader.MAX_VALUES - 2) + "0]";

        assertThat(read(values).root().size()).isEqualTo(GoJsonReader.MAX_VALUES - 1);
    }

    @Test
    void refusesValuesWhosePathsRepeatAHugeKey() {
        // Each value's pointer repeats its ancestors' keys: a 1 MB key with a few values under it is gigabytes of
        // pointers without the bound.
        String key = "k".repeat(1024 * 1024);

        JsonSyntaxException e = refusal("{\"" + key + "\": [1, 2, 3, 4, 5, 6, 7, 8]}");

        assertThat(e.getMessage()).contains("add up to more than 4 MiB").doesNotContain("kkkk");
    }

    @Test
    void acceptsOneMegabyteKey() throws JsonSyntaxException {
        String key = "k".repeat(1024 * 1024);

        ParsedJson parsed = read("{\"auths\": {\"" + key + "\": {}}}");

        assertThat(parsed.root().get("auths").has(key)).isTrue();
    }

    @Test
    void shortNumbersKeepTheirValue() throws JsonSyntaxException {
        ParsedJson parsed = read("{\"a\": 0, \"b\": -0, \"c\": 42, \"d\": 1.5e2, \"e\": 0.25}");

        assertThat(parsed.root().get("c").asInt()).isEqualTo(42);
        assertThat(parsed.root().get("d").asDouble()).isEqualTo(150.0);
        assertThat(parsed.root().get("e").asDouble()).isEqualTo(0.25);
    }

    // --- positions --------------------------------------------------------------------------------------------

    @Test
    void positionsOfKeysAndValuesAreExactWithTabsAndCrLf() throws JsonSyntaxException {
        // columns count UTF-16 code units; a tab is one column; \r\n ends one line
        String text = String.join("\r\n",
                "{",
                "\t\"auths\": {",
                "\t\t\"reg.example.com\": {\"auth\": \"dXNlcjpwYXNz\"}",
                "\t}",
                "}");

        PositionIndex positions = read(text).positions();

        assertThat(positions.value("")).isEqualTo(region(1, 1, 5, 2));
        assertThat(positions.key("/auths")).isEqualTo(region(2, 2, 2, 9));
        assertThat(positions.value("/auths")).isEqualTo(region(2, 11, 4, 3));
        assertThat(positions.key("/auths/reg.example.com")).isEqualTo(region(3, 3, 3, 20));
        assertThat(positions.value("/auths/reg.example.com")).isEqualTo(region(3, 22, 3, 46));
        assertThat(positions.key("/auths/reg.example.com/auth")).isEqualTo(region(3, 23, 3, 29));
        assertThat(positions.value("/auths/reg.example.com/auth")).isEqualTo(region(3, 31, 3, 45));
    }

    @Test
    void positionsAfterCrLfMatchThoseAfterLf() throws JsonSyntaxException {
        String lf = "{\n  \"a\": {\n    \"b\": true\n  }\n}\n";
        String crlf = lf.replace("\n", "\r\n");

        for (String pointer : new String[] {"", "/a", "/a/b"}) {
            assertThat(read(crlf).positions().value(pointer)).isEqualTo(read(lf).positions().value(pointer));
            assertThat(read(crlf).positions().key(pointer)).isEqualTo(read(lf).positions().key(pointer));
        }
        assertThat(read(crlf).positions().value("/a/b")).isEqualTo(region(3, 10, 3, 14));
    }

    @Test
    void columnsCountUtf16CodeUnits() throws JsonSyntaxException {
        // SARIF's default column unit: "ключ" is 4 units, the emoji 2
        PositionIndex positions = read("{\"ключ\": \"😀\", \"b\": 1}").positions();

        assertThat(positions.key("/ключ")).isEqualTo(region(1, 2, 1, 8));
        assertThat(positions.value("/ключ")).isEqualTo(region(1, 10, 1, 14));
        assertThat(positions.key("/b")).isEqualTo(region(1, 16, 1, 19));
    }

    @Test
    void positionsOfArrayElementsAndLiterals() throws JsonSyntaxException {
        PositionIndex positions = read("{\"pruneFilters\": [\"a\", null, false]}").positions();

        assertThat(positions.value("/pruneFilters")).isEqualTo(region(1, 18, 1, 36));
        assertThat(positions.value("/pruneFilters/0")).isEqualTo(region(1, 19, 1, 22));
        assertThat(positions.value("/pruneFilters/1")).isEqualTo(region(1, 24, 1, 28));
        assertThat(positions.value("/pruneFilters/2")).isEqualTo(region(1, 30, 1, 35));
        assertThat(positions.key("/pruneFilters/2")).isEqualTo(region(1, 30, 1, 35)); // elements have no key
    }

    @Test
    void pointersEscapeSlashAndTildeInKeys() throws JsonSyntaxException {
        PositionIndex positions = read("{\"auths\": {\"https://r.example.com/v2/\": {}, \"a~b\": {}}}").positions();

        assertThat(positions.key("/auths/https:~1~1r.example.com~1v2~1")).isEqualTo(region(1, 12, 1, 39));
        assertThat(positions.key("/auths/a~0b")).isEqualTo(region(1, 45, 1, 50));
    }

    @Test
    void escapedCharactersCountAsWrittenInColumns() throws JsonSyntaxException {
        PositionIndex positions = read("{\"a\\u0041\": \"\\n\\t\", \"b\": 1}").positions();

        assertThat(positions.key("/aA")).isEqualTo(region(1, 2, 1, 11));
        assertThat(positions.value("/aA")).isEqualTo(region(1, 13, 1, 19));
        assertThat(positions.key("/b")).isEqualTo(region(1, 21, 1, 24));
    }

    @Test
    void unknownPointerFallsBackToTheNearestLocatedAncestor() throws JsonSyntaxException {
        PositionIndex positions = read("{\n  \"auths\": {}\n}").positions();

        assertThat(positions.value("/auths/missing/auth")).isEqualTo(region(2, 12, 2, 14));
    }

    // --- string escapes ---------------------------------------------------------------------------------------

    @Test
    void decodesSimpleEscapes() throws JsonSyntaxException {
        JsonNode root = read("{\"a\": \"\\\"\\\\\\/\\b\\f\\n\\r\\t\"}").root();

        assertThat(root.get("a").asString()).isEqualTo("\"\\/\b\f\n\r\t");
    }

    @Test
    void decodesUnicodeEscapes() throws JsonSyntaxException {
        JsonNode root = read("{\"a\": \"\\u0041\\u00e9\\u20AC\\u0000\"}").root();

        assertThat(root.get("a").asString()).isEqualTo("Aé€\0");
    }

    @Test
    void decodesSurrogatePairs() throws JsonSyntaxException {
        assertThat(read("{\"a\": \"\\ud83d\\ude00\"}").root().get("a").asString()).isEqualTo("😀");
    }

    @Test
    void replacesLoneSurrogatesLikeGo() throws JsonSyntaxException {
        // Go's unquote writes utf8.RuneError (U+FFFD) for an invalid surrogate
        assertThat(read("{\"a\": \"\\ud83dx\"}").root().get("a").asString()).isEqualTo("\uFFFDx");
        assertThat(read("{\"a\": \"\\ude00\"}").root().get("a").asString()).isEqualTo("\uFFFD");
        assertThat(read("{\"a\": \"\\ud83d\\u0041\"}").root().get("a").asString()).isEqualTo("\uFFFDA");
    }

    @Test
    void escapedKeysAreDecoded() throws JsonSyntaxException {
        assertThat(read("{\"\\u0061uths\": {}}").root().has("auths")).isTrue();
    }

    @Test
    void keepsRawNonAsciiCharacters() throws JsonSyntaxException {
        assertThat(read("{\"a\": \"pässwörd€😀\"}").root().get("a").asString()).isEqualTo("pässwörd€😀");
    }

    // --- messages never quote the input -----------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"auth\": dXNlcjpwYXNz}",
        "{\"auth\": 'dXNlcjpwYXNz'}",
        "{dXNlcjpwYXNz: 1}",
        "{\"auth\" dXNlcjpwYXNz}",
        "{\"auth\": \"x\" dXNlcjpwYXNz}",
        "[\"x\" dXNlcjpwYXNz]",
        "{\"auth\": \"x\"} dXNlcjpwYXNz",
        "{\"auth\": \"\\dXNlcjpwYXNz\"}",
        "{\"auth\": \"\\udXNlcjpwYXNz\"}",
        "{\"auth\": 7dXNlcjpwYXNz}",
        "{\"auth\": -dXNlcjpwYXNz}",
        "{\"auth\": 1.dXNlcjpwYXNz}",
        "{\"auth\": 1edXNlcjpwYXNz}",
        "{\"auth\": 0123456789}",
        "{\"auth\": tdXNlcjpwYXNz}",
        "{\"auth\": ndXNlcjpwYXNz}",
        "{\"auth\": fdXNlcjpwYXNz}"
    })
    void errorMessagesNeverQuoteALetterOrDigitOfTheInput(String text) {
        JsonSyntaxException e = refusal(text);
        String secret = text.contains("dXNl") ? "dXNlcjpwYXNz" : "0123456789";

        assertThat(e.getMessage()).doesNotContain(secret.substring(0, 4));
        for (int i = 0; i + 3 <= secret.length(); i++) {
            assertThat(e.getMessage()).doesNotContain(secret.substring(i, i + 3));
        }
        for (char c : secret.toCharArray()) {
            assertThat(e.getMessage()).doesNotContain("'" + c + "'");
        }
    }

    @Test
    void unquotedSecretIsDescribedAsALetter() {
        JsonSyntaxException e = refusal("{\"auth\": dXNlcjpwYXNz}");

        assertThat(e.position()).isEqualTo(Position.of(1, 10));
        assertThat(e.getMessage()).isEqualTo("invalid character (a letter) looking for beginning of value");
    }

    @Test
    void nonAsciiLettersAreNotQuotedEither() {
        assertThat(refusal("{\"auth\": é}").getMessage()).doesNotContain("é").contains("(a letter)");
    }

    @Test
    void readingTextAndBytesAgree() throws JsonSyntaxException {
        String text = "{\n\t\"auths\": {\"r\": {\"auth\": \"x\"}}\n}";

        assertThat(GoJsonReader.read(text).root()).isEqualTo(read(text).root());
        assertThat(GoJsonReader.read(text).positions().value("/auths/r/auth"))
                .isEqualTo(read(text).positions().value("/auths/r/auth"));
    }
}
