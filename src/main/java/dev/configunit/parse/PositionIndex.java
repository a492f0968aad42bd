package dev.configunit.parse;

import java.util.HashMap;
import java.util.Map;

/**
 * Where every value and every object key of a parsed document sits in its file, by JSON Pointer.
 */
public final class PositionIndex {

    /**
     * The most characters all pointers of a document may add up to: each value's pointer repeats its ancestors' keys,
     * so a 1 MB key with a thousand values under it would otherwise cost a gigabyte.
     */
    public static final long MAX_POINTER_CHARS = 4L * 1024 * 1024;

    private final Map<String, Region> values = new HashMap<>();
    private final Map<String, Region> keys = new HashMap<>();
    private final int maxValues;
    private int valueCount;
    private long pointerChars;

    /** An index that refuses documents of more than {@code maxValues} values (see {@link #admit}). */
    PositionIndex(int maxValues) {
        this.maxValues = maxValues;
    }

    /**
     * Counts a value about to be read: the reason to refuse the document once it is over a bound, else {@code null}.
     * The bounds keep memory in proportion to what a real file needs, whatever the input.
     */
    String admit(String pointer) {
        valueCount++;
        pointerChars += pointer.length();
        if (valueCount > maxValues) {
            return "more than " + maxValues + " values, far more than such a file holds; it is not parsed";
        }
        if (pointerChars > MAX_POINTER_CHARS) {
            return "keys repeated in the paths of the values under them add up to more than "
                    + MAX_POINTER_CHARS / (1024 * 1024) + " MiB, far more than such a file holds; it is not parsed";
        }
        return null;
    }

    void putValue(String pointer, Region region) {
        values.put(pointer, region);
    }

    void putKey(String pointer, Region region) {
        keys.put(pointer, region);
    }

    /** The region of the value at {@code pointer}, or of its nearest located ancestor. */
    public Region value(String pointer) {
        String p = pointer;
        while (true) {
            Region region = values.get(p);
            if (region != null) {
                return region;
            }
            if (p.isEmpty()) {
                return Region.FILE;
            }
            p = JsonPointers.parent(p);
        }
    }

    /** The region of the member name whose value is at {@code pointer}; the value's region for array items. */
    public Region key(String pointer) {
        Region region = keys.get(pointer);
        return region != null ? region : value(pointer);
    }
}
