package dev.configunit.check;

import java.util.Arrays;

/**
 * An {@code auth} value decoded the way docker/cli's {@code decodeAuth} does it (docker-auth-semantics.md §1.3).
 *
 * <p>Holds decoded secrets: it never leaves a check, and nothing of it is put into a message.
 */
final class AuthValue {

    private final GoBase64.DecodeException fault;
    private final byte[] user;
    private final byte[] password;
    private final boolean colon;

    private AuthValue(GoBase64.DecodeException fault, byte[] user, byte[] password, boolean colon) {
        this.fault = fault;
        this.user = user;
        this.password = password;
        this.colon = colon;
    }

    static AuthValue decode(String auth) {
        byte[] decoded;
        try {
            decoded = GoBase64.decodeToBuffer(auth);
        } catch (GoBase64.DecodeException e) {
            return new AuthValue(e, new byte[0], new byte[0], false);
        }
        int cut = indexOf(decoded, (byte) ':');
        if (cut < 0) {
            return new AuthValue(null, decoded, new byte[0], false);
        }
        byte[] user = Arrays.copyOf(decoded, cut);
        byte[] password = trimZeros(Arrays.copyOfRange(decoded, cut + 1, decoded.length));
        return new AuthValue(null, user, password, true);
    }

    /** Go's refusal, or {@code null} if the value is valid Base64. */
    GoBase64.DecodeException fault() {
        return fault;
    }

    boolean hasColon() {
        return colon;
    }

    byte[] user() {
        return user;
    }

    /** The password after {@code strings.Trim(password, "\x00")}. */
    byte[] password() {
        return password;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] trimZeros(byte[] bytes) {
        int start = 0;
        int end = bytes.length;
        while (start < end && bytes[start] == 0) {
            start++;
        }
        while (end > start && bytes[end - 1] == 0) {
            end--;
        }
        return Arrays.copyOfRange(bytes, start, end);
    }
}
