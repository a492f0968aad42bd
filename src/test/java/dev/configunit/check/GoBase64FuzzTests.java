package dev.configunit.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Fuzz tests of {@link GoBase64} against an independent statement of Go's {@code base64.StdEncoding.Decode}: Go skips
 * {@code \r} and {@code \n} anywhere, then needs whole padded quanta of the standard alphabet, which is exactly what
 * Java's basic decoder accepts once the length is a multiple of four. Run on the committed inputs in every build and
 * as real fuzzing with {@code JAZZER_FUZZ=1} (SECURITY.md).
 */
class GoBase64FuzzTests {

    @FuzzTest(maxDuration = "2m")
    void decodesExactlyWhatGoDecodes(byte[] input) {
        String text = new String(input, StandardCharsets.ISO_8859_1);
        String withoutLineBreaks = text.replace("\r", "").replace("\n", "");
        byte[] expected = goDecode(withoutLineBreaks);

        byte[] decoded;
        try {
            decoded = GoBase64.decode(text);
        } catch (GoBase64.DecodeException e) {
            assertThat(expected).as("Go decodes %s, GoBase64 refuses it (%s)", text, e.getMessage()).isNull();
            assertThat(e.offset()).isBetween(0, text.length());
            if (e.fault() == GoBase64.Fault.URL_SAFE_ALPHABET) {
                assertThat(text.charAt(e.offset())).isIn('-', '_');
            }
            if (e.fault() == GoBase64.Fault.BLANK) {
                assertThat(text.charAt(e.offset())).isIn(' ', '\t');
            }
            return;
        }
        assertThat(expected).as("Go refuses %s, GoBase64 decodes it", text).isNotNull();
        assertThat(decoded).isEqualTo(expected);
        try {
            byte[] buffer = GoBase64.decodeToBuffer(text);
            assertThat(buffer).hasSize(text.length() / 4 * 3);
            assertThat(Arrays.copyOf(buffer, decoded.length)).isEqualTo(decoded);
            for (int i = decoded.length; i < buffer.length; i++) {
                assertThat(buffer[i]).as("the zero tail of Go's DecodedLen buffer").isZero();
            }
        } catch (GoBase64.DecodeException e) {
            throw new AssertionError("decode accepts what decodeToBuffer refuses: " + e.getMessage());
        }
    }

    @FuzzTest(maxDuration = "1m")
    void decodesWhatItIsGivenEncodedWithLineBreaksAnywhere(byte[] input) {
        if (input.length == 0) {
            return;
        }
        int breaks = input[0] & 0x0f;
        byte[] payload = Arrays.copyOfRange(input, 1, input.length);
        StringBuilder encoded = new StringBuilder(Base64.getEncoder().encodeToString(payload));
        for (int i = 0; i < breaks && encoded.length() > 0; i++) {
            encoded.insert((i * 7 + payload.length) % (encoded.length() + 1), i % 2 == 0 ? "\n" : "\r\n");
        }

        try {
            assertThat(GoBase64.decode(encoded.toString())).isEqualTo(payload);
        } catch (GoBase64.DecodeException e) {
            throw new AssertionError("refused standard Base64 with line breaks: " + e.getMessage());
        }
    }

    /** Go's verdict, from Java's decoder: {@code null} when Go refuses. */
    private static byte[] goDecode(String withoutLineBreaks) {
        if (withoutLineBreaks.length() % 4 != 0) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(withoutLineBreaks);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
