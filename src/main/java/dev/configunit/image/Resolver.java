package dev.configunit.image;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides, once every layer is read, whether a path a layer added is still in the final filesystem — in any order
 * the layers were read (reference/images.md §1.1, §6.1 item 5).
 *
 * <p>For an entry of layer i at path p, the layers j &gt; i are looked at lowest first: a whiteout of p or of an
 * ancestor, an opaque marker on an ancestor, or a non-directory entry at an ancestor deletes it; any other entry
 * at p overwrites it. Whiteouts apply only to lower layers, so a layer never hides its own entries.
 */
final class Resolver {

    /** What hid a path: the 0-based layer, and whether it deleted (else overwrote) it. */
    record Hidden(int layer, boolean deleted) {
    }

    private final LayerRecord[] layers;

    /** @param layers by 0-based index; {@code null} for a layer that could not be read */
    Resolver(LayerRecord[] layers) {
        this.layers = layers.clone();
    }

    int count() {
        return layers.length;
    }

    /** The layer above {@code layer} that hides {@code path}, or {@code null} if it stays visible. */
    Hidden hiddenBy(int layer, String path) {
        List<String> ancestors = ancestors(path);
        for (int j = layer + 1; j < layers.length; j++) {
            LayerRecord above = layers[j];
            if (above == null) {
                continue;
            }
            if (above.whiteouts.contains(path)) {
                return new Hidden(j, true);
            }
            for (String ancestor : ancestors) {
                if (above.opaques.contains(ancestor)
                        || (!ancestor.equals("/") && (above.whiteouts.contains(ancestor) || above.paths.isOther(ancestor)))) {
                    return new Hidden(j, true);
                }
            }
            if (above.has(path)) {
                return new Hidden(j, false);
            }
        }
        return null;
    }

    /** The 0-based layer whose entry at {@code path} is in the final filesystem, or -1 if there is none. */
    int visibleLayerOf(String path) {
        for (int j = layers.length - 1; j >= 0; j--) {
            if (layers[j] != null && layers[j].has(path)) {
                return hiddenBy(j, path) == null ? j : -1;
            }
        }
        return -1;
    }

    /** Mode and uid of the directory at {@code path} from the highest layer up to {@code limit} declaring it. */
    long[] directory(String path, int limit) {
        for (int j = Math.min(limit, layers.length - 1); j >= 0; j--) {
            if (layers[j] != null) {
                long[] meta = layers[j].paths.directory(path);
                if (meta != null) {
                    return meta;
                }
            }
        }
        return null;
    }

    LayerRecord layer(int index) {
        return layers[index];
    }

    /** {@code /a/b/c} → {@code /a/b}, {@code /a}, {@code /}. */
    static List<String> ancestors(String path) {
        List<String> ancestors = new ArrayList<>();
        String current = path;
        while (!current.equals("/")) {
            current = EntryPaths.parent(current);
            ancestors.add(current);
        }
        return ancestors;
    }
}
