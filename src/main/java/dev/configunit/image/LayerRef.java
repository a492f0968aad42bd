package dev.configunit.image;

/**
 * A layer as an image's manifest lists it.
 *
 * @param index 1-based position, base layer first
 * @param blob the blob's name in the archive or layout ({@code blobs/sha256/...}, {@code ID/layer.tar}), or its
 *     digest for a registry
 * @param digest the digest the blob must have, or {@code null} when nothing states one
 * @param diffId the digest of the uncompressed layer from the config's {@code rootfs.diff_ids}, or {@code null}
 * @param size the blob's size if known, else -1
 */
record LayerRef(int index, String blob, String digest, String diffId, long size) {

    LayerRef withDiffId(String id) {
        return new LayerRef(index, blob, digest, id, size);
    }

    /** What reports call the layer: its digest, else its name. */
    String label() {
        return digest != null ? digest : diffId != null && blob.endsWith("layer.tar") ? diffId : blob;
    }
}
