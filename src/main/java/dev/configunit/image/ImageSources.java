package dev.configunit.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens an image by its reference: a registry, a directory (OCI layout), a file compressed as a whole (streamed),
 * or an uncompressed tar (read in place). The format is sniffed from magic bytes, never from the name.
 */
final class ImageSources {

    private ImageSources() {
    }

    static ImageSource open(ImageReference reference, ImageScanOptions options, LayerWalker walker)
            throws IOException, ImageException {
        if (reference.transport() == ImageReference.Transport.REGISTRY) {
            return new RegistryImageSource(reference.registry(), RegistryCredentials.load(options.registryAuthFile()));
        }
        Path path = reference.path();
        boolean preferOci = reference.transport() != ImageReference.Transport.DOCKER_ARCHIVE;
        if (Files.isDirectory(path)) {
            if (!Files.exists(path.resolve("index.json")) && !Files.exists(path.resolve("manifest.json"))) {
                throw new ImageException("the directory has no index.json (not an OCI image layout)");
            }
            return new LocalImageSource(path, new DirectoryBlobStore(path), preferOci);
        }
        if (!Files.isRegularFile(path)) {
            throw new ImageException(Files.exists(path) ? "not a regular file or directory" : "no such file or directory");
        }
        if (reference.transport() == ImageReference.Transport.OCI_DIR) {
            throw new ImageException("oci: names a directory, and this is a file (use oci-archive: for a tar)");
        }
        byte[] magic;
        try (InputStream in = Files.newInputStream(path)) {
            magic = in.readNBytes(512);
        }
        if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b || LayerWalker.isZstd(magic)) {
            return new StreamedArchiveSource(path, reference.transport() == ImageReference.Transport.OCI_ARCHIVE, walker);
        }
        if (magic.length < 512) {
            throw new ImageException("too short to be a tar archive (" + magic.length + " bytes)");
        }
        try {
            return new LocalImageSource(path, new TarBlobStore(path),
                    reference.transport() == ImageReference.Transport.OCI_ARCHIVE);
        } catch (IOException | RuntimeException e) {
            throw new ImageException("not a readable tar archive: " + LayerWalker.describe(e), e);
        }
    }
}
