package dev.configunit.image;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where an image's manifest, config and layers come from: a local archive or layout, or a registry.
 */
interface ImageSource extends Closeable {

    /** The manifest's view of the image. */
    ImagePlan plan() throws ImageException;

    /** The config blob's bytes; its digest is checked by the caller. */
    byte[] config(ImagePlan plan) throws ImageException;

    /**
     * Opens a layer blob as a stream.
     *
     * @throws java.nio.file.NoSuchFileException if the blob is missing
     */
    InputStream openLayer(LayerRef layer) throws IOException;

    /** A layer already read while the archive was streamed, or {@code null}. */
    default LayerRecord prewalked(LayerRef layer) {
        return null;
    }

    /** The local archive or directory, for reports; {@code null} for a registry. */
    Path file();

    /** The largest metadata file (manifest, index, config) read into memory. */
    int MAX_METADATA = 8 * 1024 * 1024;
}
