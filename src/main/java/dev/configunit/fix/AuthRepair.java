package dev.configunit.fix;

import dev.configunit.check.GoBase64;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Re-encodes an {@code auth} value the way {@code docker login} writes it: standard, padded Base64 of
 * {@code user:password}, one line (docker-auth-semantics.md §1.3, §1.7).
 *
 * <p>What it repairs has one meaning only: line breaks inside the value (Go skips them), missing or surplus
 * {@code =} padding, the URL-safe alphabet used throughout, the trailing newline of {@code echo user:pass | base64}
 * at the end of the password, blanks around the user name (no registry user name has them). What could be part of
 * a secret or has no reading at all is refused: a decoded value without {@code :}, other characters, a password
 * that begins or ends with another blank. Decoded bytes never leave this class except re-encoded.
 */
final class AuthRepair {

    private static final String BY_HAND = "Re-encode it by hand: printf '%s' 'user:password' | base64 -w0";

    private AuthRepair() {
    }

    /**
     * The value to write and the repairs made; the value is the input itself when nothing needed repair.
     *
     * @param auth the {@code auth} to write
     * @param repairs what was done, in words fit for any output
     */
    record Result(String auth, List<String> repairs) {

        boolean changed() {
            return !repairs.isEmpty();
        }
    }

    /** Repairs an {@code auth} value of the entry keyed {@code key}. */
    static Result ofAuth(String auth, String key) throws Refusal {
        List<String> repairs = new ArrayList<>();
        String where = "\"auth\" of \"" + key + "\"";
        String value = auth.replace("\r", "").replace("\n", "");
        if (!value.equals(auth)) {
            repairs.add("removed the line breaks inside " + where + " (docker/auth-base64)");
        }
        value = standardAlphabet(value, where, repairs);
        int pad = value.indexOf('=');
        String data = pad < 0 ? value : value.substring(0, pad);
        if (pad >= 0 && !value.substring(pad).chars().allMatch(c -> c == '=')) {
            throw new Refusal(where + " has '=' padding before its end; ConfigUnit cannot tell what was meant. " + BY_HAND);
        }
        if (data.length() % 4 == 1) {
            throw new Refusal(where + " has a stray or missing character: no Base64 text has its length. " + BY_HAND);
        }
        String padded = data + "=".repeat((4 - data.length() % 4) % 4);
        if (!padded.equals(value)) {
            repairs.add((pad < 0 ? "added the missing '=' padding to " : "corrected the '=' padding of ") + where
                    + " (docker/auth-base64)");
        }
        byte[] decoded;
        try {
            decoded = GoBase64.decode(padded);
        } catch (GoBase64.DecodeException e) {
            throw new Refusal(where + " is not Base64 that can be repaired. " + BY_HAND);
        }
        int colon = indexOf(decoded, (byte) ':');
        if (colon < 0) {
            Arrays.fill(decoded, (byte) 0);
            throw new Refusal("decoded " + where + " has no ':' between user name and password, so ConfigUnit cannot "
                    + "tell them apart. " + BY_HAND);
        }
        byte[] user = Arrays.copyOf(decoded, colon);
        byte[] password = Arrays.copyOfRange(decoded, colon + 1, decoded.length);
        Arrays.fill(decoded, (byte) 0);
        return encode(user, password, "the user name in " + where, "the password in " + where, repairs, auth);
    }

    /** Encodes plaintext {@code username}/{@code password} fields into an {@code auth} value. */
    static Result ofPlaintext(String username, String password, String key) throws Refusal {
        String of = " of \"" + key + "\"";
        if (username.isBlank()) {
            throw new Refusal("\"password\"" + of + " has no user name beside it; every client would refuse the "
                    + "result. Add the user name by hand");
        }
        List<String> repairs = new ArrayList<>();
        repairs.add("moved \"username\" and \"password\"" + of + " into \"auth\" (docker/plaintext-password)");
        return encode(username.getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8),
                "\"username\"" + of, "\"password\"" + of, repairs, null);
    }

    private static String standardAlphabet(String value, String where, List<String> repairs) throws Refusal {
        boolean standard = false;
        boolean urlSafe = false;
        for (char c : value.toCharArray()) {
            if (c == '+' || c == '/') {
                standard = true;
            } else if (c == '-' || c == '_') {
                urlSafe = true;
            } else if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '=')) {
                throw new Refusal(where + " contains a space or a character outside the Base64 alphabet; "
                        + "ConfigUnit cannot tell what was meant. " + BY_HAND);
            }
        }
        if (standard && urlSafe) {
            throw new Refusal(where + " mixes the standard and the URL-safe Base64 alphabets. " + BY_HAND);
        }
        if (!urlSafe) {
            return value;
        }
        repairs.add("converted " + where + " from the URL-safe to the standard Base64 alphabet (docker/auth-base64)");
        return value.replace('-', '+').replace('_', '/');
    }

    private static Result encode(byte[] user, byte[] password, String userPlace, String passwordPlace,
            List<String> repairs, String original) throws Refusal {
        int end = password.length;
        while (end > 0 && (password[end - 1] == '\n' || password[end - 1] == '\r')) {
            end--;
        }
        if (end < password.length) {
            repairs.add("removed the trailing newline from " + passwordPlace + " (docker/auth-whitespace)");
        }
        int start = 0;
        int stop = user.length;
        while (start < stop && isBlank(user[start])) {
            start++;
        }
        while (stop > start && isBlank(user[stop - 1])) {
            stop--;
        }
        if (stop - start < user.length) {
            repairs.add("removed the blanks around " + userPlace + " (docker/auth-whitespace)");
        }
        if (end > 0 && (isBlank(password[0]) || isBlank(password[end - 1]))) {
            throw new Refusal(passwordPlace + " begins or ends with whitespace or a control character other than a "
                    + "trailing newline, which may be part of the password. " + BY_HAND);
        }
        if (repairs.isEmpty()) {
            return new Result(original, List.of());
        }
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        joined.write(user, start, stop - start);
        joined.write(':');
        joined.write(password, 0, end);
        byte[] bytes = joined.toByteArray();
        String auth = Base64.getEncoder().encodeToString(bytes);
        Arrays.fill(bytes, (byte) 0);
        return new Result(auth, List.copyOf(repairs));
    }

    /** ASCII whitespace and control characters, as {@code docker/auth-whitespace} counts them. */
    private static boolean isBlank(byte b) {
        int c = b & 0xff;
        return c <= 0x20 || c == 0x7f;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
