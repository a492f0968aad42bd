package dev.configunit.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * An image in an OCI layout directory or an uncompressed tar, read in place through a {@link BlobStore}.
 */
final class LocalImageSource implements ImageSource {

    private final Path file;
    private final BlobStore store;
    private final boolean preferOci;

    LocalImageSource(Path file, BlobStore store, boolean preferOci) {
        this.file = file;
        this.store = store;
        this.preferOci = preferOci;
    }

    @Override
    public ImagePlan plan() throws ImageException {
        ImagePlanner.Files files = new ImagePlanner.Files() {
            @Override
            public byte[] read(String name) throws IOException {
                return name == null ? null : store.read(name, MAX_METADATA);
            }

            @Override
            public long size(String name) {
                return name == null ? -1 : store.size(name);
            }
        };
        return new ImagePlanner(files, Platform.DEFAULT).plan(preferOci);
    }

    @Override
    public byte[] config(ImagePlan plan) throws ImageException {
        try {
            byte[] bytes = store.read(plan.config(), MAX_METADATA);
            if (bytes == null) {
                throw new ImageException("the config blob \"" + plan.config() + "\" is missing");
            }
            return bytes;
        } catch (IOException e) {
            throw new ImageException("the config blob cannot be read: " + LayerWalker.describe(e), e);
        }
    }

    @Override
    public InputStream openLayer(LayerRef layer) throws IOException {
        return store.open(layer.blob());
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        store.close();
    }
}
