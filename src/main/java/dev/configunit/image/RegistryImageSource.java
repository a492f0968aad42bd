package dev.configunit.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;

/**
 * An image pulled from a registry: the manifest (through an index for the platform), the config and the layers,
 * each layer streamed straight into the walker. Manifest digests are checked here, blob digests by the scanner.
 */
final class RegistryImageSource implements ImageSource {

    private static final int MAX_NESTING = 4;

    private final RegistryReference reference;
    private final RegistryClient client;

    RegistryImageSource(RegistryReference reference, RegistryCredentials credentials) {
        this.reference = reference;
        this.client = new RegistryClient(reference, credentials);
    }

    @Override
    public ImagePlan plan() throws ImageException {
        try {
            String ref = reference.reference();
            for (int depth = 0; depth < MAX_NESTING; depth++) {
                RegistryClient.Manifest manifest = client.manifest(ref);
                String actual = ImageScanner.sha256(manifest.body());
                String expected = ref.startsWith("sha256:") ? ref : manifest.statedDigest();
                if (BlobNames.isSha256(expected) && !expected.equals(actual)) {
                    throw new ImageException("the manifest " + reference + " does not match its digest (expected "
                            + expected + ", got " + actual + ")");
                }
                JsonNode node = ImagePlanner.json(manifest.body(), "the manifest");
                if (node.has("manifests")) {
                    JsonNode chosen = ImagePlanner.choose(node.path("manifests"), Platform.DEFAULT, name -> true);
                    ref = ImagePlanner.text(chosen.path("digest"));
                    continue;
                }
                return ImagePlanner.fromManifest(node);
            }
            throw new ImageException("the registry nests image indexes deeper than " + MAX_NESTING);
        } catch (IOException e) {
            throw new ImageException(reference + ": " + LayerWalker.describe(e), e);
        }
    }

    @Override
    public byte[] config(ImagePlan plan) throws ImageException {
        try (InputStream in = client.blob(plan.configDigest())) {
            byte[] bytes = in.readNBytes(MAX_METADATA + 1);
            if (bytes.length > MAX_METADATA) {
                throw new ImageException("the config blob is larger than " + MAX_METADATA + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new ImageException("the config blob cannot be pulled: " + LayerWalker.describe(e), e);
        }
    }

    @Override
    public InputStream openLayer(LayerRef layer) throws IOException {
        return client.blob(layer.digest());
    }

    @Override
    public Path file() {
        return null;
    }

    @Override
    public void close() {
    }
}
