package dev.configunit.image;

/**
 * Every path of one layer, as a 64-bit hash, with the mode and owner of directories: what resolution needs to
 * know of the entries that are not credential candidates, in about 32 bytes per entry.
 *
 * <p>Open addressing over two {@code long} arrays. A hash collision (about one in 2^40 for a large image) could
 * only make a candidate look overwritten.
 */
final class PathIndex {

    private static final long DIRECTORY = 1L << 62;
    private static final long OTHER = 1L << 61;

    private long[] keys = new long[1024];
    private long[] values = new long[1024];
    private int size;

    void putDirectory(String path, int mode, long uid) {
        put(hash(path), DIRECTORY | (uid & 0xffffffffL) << 12 | (mode & 07777));
    }

    void putOther(String path) {
        put(hash(path), OTHER);
    }

    boolean contains(String path) {
        return find(hash(path)) >= 0;
    }

    /** Whether the layer has a non-directory entry at the path (which hides anything below it in lower layers). */
    boolean isOther(String path) {
        int slot = find(hash(path));
        return slot >= 0 && (values[slot] & OTHER) != 0;
    }

    /** The directory entry's mode and owner, or {@code null} if the layer has no directory at the path. */
    long[] directory(String path) {
        int slot = find(hash(path));
        if (slot < 0 || (values[slot] & DIRECTORY) == 0) {
            return null;
        }
        long v = values[slot];
        return new long[] {v & 07777, (v >>> 12) & 0xffffffffL};
    }

    int size() {
        return size;
    }

    private int find(long key) {
        int mask = keys.length - 1;
        for (int i = (int) key & mask; ; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return i;
            }
            if (keys[i] == 0) {
                return -1;
            }
        }
    }

    private void put(long key, long value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = (int) key & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0) {
            size++;
        }
        keys[i] = key;
        values[i] = value;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    /** FNV-1a over the characters, then a MurmurHash3 finaliser; never 0 (the empty slot). */
    static long hash(String path) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < path.length(); i++) {
            h ^= path.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
