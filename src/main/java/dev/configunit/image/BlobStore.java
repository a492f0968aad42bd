package dev.configunit.image;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;

/**
 * The files of a local image — an OCI layout directory, or the entries of an uncompressed tar — by their
 * normalised relative name ({@code manifest.json}, {@code blobs/sha256/...}).
 */
interface BlobStore extends Closeable {

    /** The size of a file, or -1 if there is none by that name. */
    long size(String name);

    /**
     * Opens a file for reading.
     *
     * @throws NoSuchFileException if there is none by that name
     */
    InputStream open(String name) throws IOException;

    /** The whole file if it exists and holds at most {@code max} bytes, {@code null} if it does not exist. */
    default byte[] read(String name, int max) throws IOException {
        long size = size(name);
        if (size < 0) {
            return null;
        }
        if (size > max) {
            throw new IOException("\"" + name + "\" is " + size + " bytes, over the " + max + "-byte cap");
        }
        try (InputStream in = open(name)) {
            return in.readNBytes(max);
        }
    }
}
