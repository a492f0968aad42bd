package dev.configunit.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Placeholder until the registry client lands. */
final class RegistryImageSource implements ImageSource {
    RegistryImageSource(RegistryReference reference, RegistryCredentials credentials) {
    }

    @Override
    public ImagePlan plan() throws ImageException {
        throw new ImageException("registry pulls are not supported yet");
    }

    @Override
    public byte[] config(ImagePlan plan) throws ImageException {
        throw new ImageException("registry pulls are not supported yet");
    }

    @Override
    public InputStream openLayer(LayerRef layer) throws IOException {
        throw new IOException("registry pulls are not supported yet");
    }

    @Override
    public Path file() {
        return null;
    }

    @Override
    public void close() {
    }
}
