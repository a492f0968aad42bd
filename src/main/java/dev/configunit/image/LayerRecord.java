package dev.configunit.image;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What one pass over a layer keeps: candidates, whiteouts, opaque directories, every path (hashed), a few
 * symbolic links, helper programs, {@code /etc/passwd}, the blob's digest and what went wrong.
 */
final class LayerRecord {

    /** How the blob was compressed. */
    enum Compression { NONE, GZIP, ZSTD }

    /** A problem in the layer, before it is known which layer it is: the variant and its arguments. */
    record Problem(String variant, Map<String, String> args, int more) {
    }

    final Map<String, Candidate> candidates = new LinkedHashMap<>();
    final Set<String> whiteouts = new HashSet<>();
    final Set<String> opaques = new HashSet<>();
    final PathIndex paths = new PathIndex();
    /** Symbolic links that may matter: short paths (PATH directories, homes) and candidate or helper names. */
    final Map<String, String> symlinks = new HashMap<>();
    /** {@code docker-credential-*} programs: path to mode (-1 for a symbolic link). */
    final Map<String, Integer> helpers = new HashMap<>();
    private final Map<String, Problem> problems = new LinkedHashMap<>();
    byte[] passwd;
    String digest;
    long rawBytes;
    long entries;
    Compression compression = Compression.NONE;

    void problem(String variant, Map<String, String> args) {
        problems.merge(variant, new Problem(variant, args, 0),
                (first, again) -> new Problem(first.variant(), first.args(), first.more() + 1));
    }

    Iterable<Problem> problems() {
        return problems.values();
    }

    /** Whether the layer has any entry at the path, candidate or not. */
    boolean has(String path) {
        return paths.contains(path);
    }
}
