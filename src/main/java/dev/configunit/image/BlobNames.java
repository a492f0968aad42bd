package dev.configunit.image;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of files inside image archives and layouts: normalisation, safety, and the digests names imply.
 */
final class BlobNames {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern NAMED_BY_DIGEST = Pattern.compile(
            "(?:.*/)?(?:blobs/sha256/|sha256:)?([0-9a-f]{64})(?:\\.tar\\.gz|\\.tar|\\.json|\\.gz|\\.zst)?");

    private BlobNames() {
    }

    /** {@code ./a//b/} → {@code a/b}; {@code null} if a {@code ..} segment would leave the root. */
    static String normalise(String name) {
        String[] parts = name.replace('\\', '/').split("/");
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                return null;
            }
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(part);
        }
        return out.toString();
    }

    /** The blob name of a descriptor digest in an OCI layout: {@code sha256:abc} → {@code blobs/sha256/abc}. */
    static String ofDigest(String digest) {
        int colon = digest.indexOf(':');
        if (colon <= 0 || normalise(digest.substring(colon + 1)) == null || digest.indexOf('/') >= 0) {
            return null;
        }
        return "blobs/" + digest.substring(0, colon) + "/" + digest.substring(colon + 1);
    }

    /** The sha256 digest a file name states ({@code blobs/sha256/HEX}, {@code HEX.tar.gz}, {@code sha256:HEX}). */
    static Optional<String> impliedDigest(String name) {
        Matcher m = NAMED_BY_DIGEST.matcher(name);
        return m.matches() ? Optional.of("sha256:" + m.group(1)) : Optional.empty();
    }

    static boolean isSha256(String digest) {
        return digest != null && digest.startsWith("sha256:") && HEX.matcher(digest.substring(7)).matches();
    }
}
