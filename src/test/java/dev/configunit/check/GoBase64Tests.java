package dev.configunit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.configunit.check.GoBase64.DecodeException;
import dev.configunit.check.GoBase64.Fault;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link GoBase64} behaves like Go's {@code base64.StdEncoding.Decode}, which docker/cli's {@code decodeAuth} uses.
 *
 * <p>docker-auth-semantics.md §1.3 (standard alphabet, padding required, {@code \r}/{@code \n} skipped anywhere,
 * every other character is {@code illegal base64 data at input byte N}; decoding into a {@code DecodedLen} buffer)
 * and §6 (where {@code java.util.Base64} disagrees).
 */
class GoBase64Tests {

    private static String decode(String s) throws DecodeException {
        return new String(GoBase64.decode(s), StandardCharsets.UTF_8);
    }

    private static DecodeException refusal(String s) {
        return catchThrowableOfType(DecodeException.class, () -> GoBase64.decode(s));
    }

    @Test
    void decodesPaddedStandardBase64() throws DecodeException {
        assertThat(decode("dXNlcjpwYXNz")).isEqualTo("user:pass");
        assertThat(decode("dXNlcg==")).isEqualTo("user");
        assertThat(decode("dXNlcjo=")).isEqualTo("user:");
        assertThat(decode("dXNlcjpwYT4+c3M/Pw==")).isEqualTo("user:pa>>ss??");
    }

    @Test
    void emptyInputDecodesToNothing() throws DecodeException {
        assertThat(GoBase64.decode("")).isEmpty();
        assertThat(GoBase64.decode("\n\r\n")).isEmpty();
    }

    @Test
    void unpaddedInputIsMissingPaddingAtInputByte8() {
        // §1.3, §6: Go "illegal base64 data at input byte 8" for dXNlcjpwYXM (user:pas without '=')
        DecodeException e = refusal("dXNlcjpwYXM");

        assertThat(e.fault()).isEqualTo(Fault.MISSING_PADDING);
        assertThat(e.offset()).isEqualTo(8);
        assertThat(e).hasMessage("MISSING_PADDING at input byte 8");
    }

    @Test
    void singleTrailingCharacterIsMissingPaddingAtItsQuantum() {
        assertThat(refusal("dXNlc").offset()).isEqualTo(4);
        assertThat(refusal("dXNlc").fault()).isEqualTo(Fault.MISSING_PADDING);
    }

    @Test
    void halfPaddedQuantumIsMissingPaddingAtTheEnd() {
        // Go: "==" expected after the third place; not enough padding -> CorruptInputError(len(src))
        DecodeException e = refusal("dXNlcg=");

        assertThat(e.fault()).isEqualTo(Fault.MISSING_PADDING);
        assertThat(e.offset()).isEqualTo(7);
    }

    @Test
    void newlinesAndCarriageReturnsAnywhereAreSkipped() throws DecodeException {
        // §1.3: "New line characters (\r and \n) are ignored"
        assertThat(decode("dXNl\ncjpw\r\nYXNz")).isEqualTo("user:pass");
        assertThat(decode("\n\rdXNlcjpwYXNz\n")).isEqualTo("user:pass");
        assertThat(decode("d\nX\nN\nl\nc\nj\np\nw\nY\nX\nN\nz")).isEqualTo("user:pass");
        assertThat(decode("dXNlcg=\n=")).isEqualTo("user");
        assertThat(decode("dXNlcg==\r\n")).isEqualTo("user");
    }

    @Test
    void mimeStyleLineWrappedBase64Decodes() throws DecodeException {
        // `base64` without -w0 wraps at 76 columns (Snowflake-Labs/pg_lake PR #374, §7)
        byte[] secret = ("user:" + "p".repeat(200)).getBytes(StandardCharsets.UTF_8);
        String wrapped = Base64.getMimeEncoder().encodeToString(secret);
        assertThat(wrapped).contains("\r\n");

        assertThat(GoBase64.decode(wrapped)).isEqualTo(secret);
    }

    @ParameterizedTest
    @CsvSource({
        "dXNlcjpw-XNz, 8",
        "dXNlcjpwYT4-c3M_Pw==, 11",
        "_XNlcjpwYXNz, 0",
        "dXNlcjpwYT4+c3M_Pw==, 15"
    })
    void urlSafeAlphabetIsRefusedAtItsOffset(String input, int offset) {
        // §1.3: '-' or '_' -> illegal base64 data at input byte N
        DecodeException e = refusal(input);

        assertThat(e.fault()).isEqualTo(Fault.URL_SAFE_ALPHABET);
        assertThat(e.offset()).isEqualTo(offset);
    }

    @Test
    void spaceIsRefusedAtItsOffset() {
        DecodeException e = refusal("dXNl cjpwYXNz");

        assertThat(e.fault()).isEqualTo(Fault.BLANK);
        assertThat(e.offset()).isEqualTo(4);
    }

    @Test
    void tabIsRefusedUnlikeNewline() {
        DecodeException e = refusal("dXNlcjpw\tYXNz");

        assertThat(e.fault()).isEqualTo(Fault.BLANK);
        assertThat(e.offset()).isEqualTo(8);
    }

    @Test
    void offsetsCountSkippedNewlines() {
        // Go reports positions in the input as given, newlines included
        assertThat(refusal("dXNl\n\ncjp w").offset()).isEqualTo(9);
    }

    @ParameterizedTest
    @CsvSource({
        "dXNlcjpwYXNz!, 12",
        "dXNl\"cjpw, 4",
        "dXNlcjpwYXNz., 12",
        "dXNlécjp, 4"
    })
    void otherCharactersAreRefusedAtTheirOffset(String input, int offset) {
        DecodeException e = refusal(input);

        assertThat(e.fault()).isEqualTo(Fault.OTHER_CHARACTER);
        assertThat(e.offset()).isEqualTo(offset);
    }

    @ParameterizedTest
    @CsvSource({
        "=XNlcjpw, 0",       // '=' in the first place of a quantum
        "dXNl=Xpw, 4",
        "d=Nlcjpw, 1",       // '=' in the second place
        "dXNlcg=x, 6",       // "==" expected, something else follows: the first '=' is reported
        "dXNlcg==dXNl, 8",   // data after the padding
        "dXNlcjo=dXNl, 8",
        "dXNl====, 4"
    })
    void paddingInTheWrongPlaceOrDataAfterItIsRefused(String input, int offset) {
        DecodeException e = refusal(input);

        assertThat(e.fault()).isEqualTo(Fault.MISPLACED_PADDING);
        assertThat(e.offset()).isEqualTo(offset);
    }

    @Test
    void paddingAfterCompletePaddingAndSkippedNewlinesIsDataAfterThePadding() {
        DecodeException e = refusal("dXNlcg==\n=");

        assertThat(e.fault()).isEqualTo(Fault.MISPLACED_PADDING);
        assertThat(e.offset()).isEqualTo(9);
    }

    @Test
    void echoWithoutDashNDecodesToATrailingNewline() throws DecodeException {
        // §1.3 step 5, §6: echo user:pass | base64 -> dXNlcjpwYXNzCg== -> "user:pass\n", accepted by Go and Java
        assertThat(decode("dXNlcjpwYXNzCg==")).isEqualTo("user:pass\n");
    }

    @Test
    void decodeToBufferKeepsTheTrailingZeroBytesOfGosDecodedLenBuffer() throws DecodeException {
        // §1.3 step 5: docker/cli decodes into DecodedLen(len(auth)) = len/4*3 bytes and uses the whole buffer,
        // then strings.Trim(password, "\x00")
        assertThat(GoBase64.decodeToBuffer("dXNlcjpwYXNzCg=="))
                .isEqualTo("user:pass\n\0\0".getBytes(StandardCharsets.UTF_8));
        assertThat(GoBase64.decodeToBuffer("dXNlcg==")).isEqualTo(new byte[] {'u', 's', 'e', 'r', 0, 0});
        assertThat(GoBase64.decodeToBuffer("dXNlcjpwYXNz")).isEqualTo("user:pass".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void decodeToBufferCountsSkippedNewlinesInTheBufferLength() throws DecodeException {
        // DecodedLen is computed from the raw length, newlines included: 16 characters -> 12 bytes
        byte[] buffer = GoBase64.decodeToBuffer("dXNl\r\ncjpw\r\nYXNz");

        assertThat(buffer).hasSize(12);
        assertThat(new String(buffer, 0, 9, StandardCharsets.UTF_8)).isEqualTo("user:pass");
        assertThat(buffer).endsWith(0, 0, 0);
    }

    @Test
    void decodeReturnsExactlyTheDecodedBytes() throws DecodeException {
        assertThat(GoBase64.decode("dXNl\r\ncjpw\r\nYXNz")).hasSize(9);
    }

    @Test
    void decodeToBufferRefusesWhatDecodeRefuses() {
        assertThatThrownBy(() -> GoBase64.decodeToBuffer("dXNlcjpwYXM"))
                .isInstanceOfSatisfying(DecodeException.class, e -> assertThat(e.offset()).isEqualTo(8));
    }

    @Test
    void javaBasicDecoderAcceptsMissingPaddingThatGoRefuses() {
        // §6: this is why the emulation exists -- Java would call a file valid that docker refuses
        assertThat(Base64.getDecoder().decode("dXNlcjpwYXM")).isEqualTo("user:pas".getBytes(StandardCharsets.UTF_8));

        assertThat(refusal("dXNlcjpwYXM").fault()).isEqualTo(Fault.MISSING_PADDING);
    }

    @Test
    void javaBasicDecoderRefusesNewlinesThatGoSkips() throws DecodeException {
        // §6: Java would call a valid, line-wrapped auth broken
        assertThatThrownBy(() -> Base64.getDecoder().decode("dXNlcjpw\nYXNz"))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(decode("dXNlcjpw\nYXNz")).isEqualTo("user:pass");
    }

    @Test
    void javaMimeDecoderSkipsCharactersThatGoRefuses() {
        // §6: getMimeDecoder() skips newlines but also every other non-alphabet character
        assertThat(Base64.getMimeDecoder().decode("dXNl cjpw!YXNz")).isEqualTo("user:pass".getBytes(StandardCharsets.UTF_8));

        assertThat(refusal("dXNl cjpw!YXNz").fault()).isEqualTo(Fault.BLANK);
    }

    @Test
    void decodesWhateverJavasStandardEncoderWrites() throws DecodeException {
        // property: for many random byte arrays, Go-decoding Java's padded standard encoding gives the bytes back
        Random random = new Random(20261124L);
        for (int i = 0; i < 2000; i++) {
            byte[] bytes = new byte[random.nextInt(130)];
            random.nextBytes(bytes);
            String encoded = Base64.getEncoder().encodeToString(bytes);

            assertThat(GoBase64.decode(encoded)).as("decode of %s", encoded).isEqualTo(bytes);
            byte[] buffer = GoBase64.decodeToBuffer(encoded);
            assertThat(buffer).hasSize(encoded.length() / 4 * 3);
            assertThat(java.util.Arrays.copyOf(buffer, bytes.length)).isEqualTo(bytes);
        }
    }

    @Test
    void refusesWhatJavasUrlSafeEncoderWritesWheneverItDiffers() {
        // property: a URL-safe encoding differing from the standard one is always refused, at the first '-' or '_'
        Random random = new Random(7L);
        int differing = 0;
        for (int i = 0; i < 2000; i++) {
            byte[] bytes = new byte[1 + random.nextInt(60)];
            random.nextBytes(bytes);
            String urlSafe = Base64.getUrlEncoder().encodeToString(bytes);
            int first = indexOfUrlSafe(urlSafe);
            if (first < 0) {
                continue;
            }
            differing++;

            DecodeException e = refusal(urlSafe);
            assertThat(e.fault()).isEqualTo(Fault.URL_SAFE_ALPHABET);
            assertThat(e.offset()).isEqualTo(first);
        }
        assertThat(differing).isGreaterThan(1000);
    }

    @Test
    void refusesEveryUnpaddedEncodingThatNeedsPadding() {
        // property: stripping the '=' of a padded encoding is refused at the start of the last quantum
        Random random = new Random(42L);
        for (int i = 0; i < 1000; i++) {
            byte[] bytes = new byte[1 + random.nextInt(60)];
            random.nextBytes(bytes);
            String unpadded = Base64.getEncoder().withoutPadding().encodeToString(bytes);
            if (unpadded.length() % 4 == 0) {
                continue;
            }

            DecodeException e = refusal(unpadded);
            assertThat(e.fault()).isEqualTo(Fault.MISSING_PADDING);
            assertThat(e.offset()).isEqualTo(unpadded.length() / 4 * 4);
        }
    }

    private static int indexOfUrlSafe(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '-' || s.charAt(i) == '_') {
                return i;
            }
        }
        return -1;
    }
}
