package dev.configunit.parse;

import java.util.HashMap;
import java.util.Map;

/**
 * Where every value and every object key of a parsed document sits in its file, by JSON Pointer.
 */
public final class PositionIndex {

    private final Map<String, Region> values = new HashMap<>();
    private final Map<String, Region> keys = new HashMap<>();

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
