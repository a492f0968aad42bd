package dev.configunit.check;

import java.util.Arrays;

/**
 * Go's {@code base64.StdEncoding.Decode}, emulated exactly, because {@link java.util.Base64} disagrees with it.
 *
 * <p>Go requires the standard alphabet and {@code =} padding to a whole quantum, skips {@code \r} and {@code \n}
 * anywhere, and rejects everything else at the byte where it occurs; Java's basic decoder accepts missing
 * padding and rejects newlines (docker-auth-semantics.md §1.3 and §6). Like docker/cli's {@code decodeAuth}, the
 * result keeps the zero bytes Go leaves at the end of its {@code DecodedLen} buffer, so that callers can apply
 * the same {@code Trim("\x00")} to the password.
 */
public final class GoBase64 {

    private static final byte[] DECODE = new byte[128];

    static {
        Arrays.fill(DECODE, (byte) -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            DECODE[alphabet.charAt(i)] = (byte) i;
        }
    }

    private GoBase64() {
    }

    /** Why Go refused the input. */
    public enum Fault {
        /** {@code -} or {@code _}: the URL-safe alphabet. */
        URL_SAFE_ALPHABET,
        /** The last quantum is incomplete: {@code =} padding is missing. */
        MISSING_PADDING,
        /** {@code =} where it cannot be, or data after the padding. */
        MISPLACED_PADDING,
        /** A space or tab (only {@code \r} and {@code \n} are skipped). */
        BLANK,
        /** Any other character outside the alphabet. */
        OTHER_CHARACTER
    }

    /** A refused input: the fault and the byte offset Go reports ({@code illegal base64 data at input byte N}). */
    public static final class DecodeException extends Exception {

        private final Fault fault;
        private final int offset;

        DecodeException(Fault fault, int offset) {
            super(fault + " at input byte " + offset, null, false, false);
            this.fault = fault;
            this.offset = offset;
        }

        public Fault fault() {
            return fault;
        }

        public int offset() {
            return offset;
        }
    }

    /**
     * Decodes as Go does into a buffer of {@code DecodedLen(len(s))} bytes and returns the whole buffer, trailing
     * zero bytes included (docker/cli uses {@code string(decoded)}, not {@code decoded[:n]}).
     */
    public static byte[] decodeToBuffer(String s) throws DecodeException {
        byte[] out = new byte[s.length() / 4 * 3];
        decode(s, out);
        return out;
    }

    /** Decodes as Go does and returns exactly the decoded bytes. */
    public static byte[] decode(String s) throws DecodeException {
        byte[] out = new byte[s.length() / 4 * 3];
        int n = decode(s, out);
        return Arrays.copyOf(out, n);
    }

    /** Go's {@code Encoding.Decode} for {@code StdEncoding} (padding {@code =}, not strict). */
    private static int decode(String src, byte[] dst) throws DecodeException {
        int si = 0;
        int n = 0;
        int length = src.length();
        while (si < length) {
            int[] dbuf = new int[4];
            int dlen = 4;
            int j = 0;
            for (; j < 4; j++) {
                if (si == length) {
                    if (j == 0) {
                        return n;
                    }
                    // An incomplete quantum without padding: Go reports the offset of the missing data.
                    throw new DecodeException(Fault.MISSING_PADDING, si - j);
                }
                char in = src.charAt(si);
                si++;
                if (in == '\n' || in == '\r') {
                    j--;
                    continue;
                }
                int value = in < 128 ? DECODE[in] : -1;
                if (value >= 0) {
                    dbuf[j] = value;
                    continue;
                }
                if (in != '=') {
                    throw new DecodeException(classify(in), si - 1);
                }
                // Padding: only in the last two places of a quantum, and "==" when it starts at place 2.
                switch (j) {
                    case 0, 1 -> throw new DecodeException(Fault.MISPLACED_PADDING, si - 1);
                    case 2 -> {
                        while (si < length && (src.charAt(si) == '\n' || src.charAt(si) == '\r')) {
                            si++;
                        }
                        if (si == length) {
                            throw new DecodeException(Fault.MISSING_PADDING, length);
                        }
                        if (src.charAt(si) != '=') {
                            throw new DecodeException(Fault.MISPLACED_PADDING, si - 1);
                        }
                        si++;
                    }
                    default -> {
                    }
                }
                while (si < length && (src.charAt(si) == '\n' || src.charAt(si) == '\r')) {
                    si++;
                }
                if (si < length) {
                    throw new DecodeException(Fault.MISPLACED_PADDING, si); // data after the padding
                }
                dlen = j;
                break;
            }
            int val = dbuf[0] << 18 | dbuf[1] << 12 | dbuf[2] << 6 | dbuf[3];
            byte b0 = (byte) (val >> 16);
            byte b1 = (byte) (val >> 8);
            byte b2 = (byte) val;
            switch (dlen) {
                case 4 -> {
                    dst[n] = b0;
                    dst[n + 1] = b1;
                    dst[n + 2] = b2;
                    n += 3;
                }
                case 3 -> {
                    dst[n] = b0;
                    dst[n + 1] = b1;
                    n += 2;
                }
                case 2 -> {
                    dst[n] = b0;
                    n += 1;
                }
                default -> {
                }
            }
            if (dlen < 4) {
                return n;
            }
        }
        return n;
    }

    private static Fault classify(char c) {
        if (c == '-' || c == '_') {
            return Fault.URL_SAFE_ALPHABET;
        }
        if (c == ' ' || c == '\t') {
            return Fault.BLANK;
        }
        return Fault.OTHER_CHARACTER;
    }
}
