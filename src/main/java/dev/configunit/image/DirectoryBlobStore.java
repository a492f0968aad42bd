package dev.configunit.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * An OCI image layout directory. Names that would leave the directory, or symbolic links out of it, are absent.
 */
final class DirectoryBlobStore implements BlobStore {

    private final Path root;

    DirectoryBlobStore(Path root) throws IOException {
        this.root = root.toRealPath();
    }

    private Path resolve(String name) {
        String normalised = BlobNames.normalise(name);
        if (normalised == null || normalised.isEmpty()) {
            return null;
        }
        Path file = root.resolve(normalised);
        try {
            Path real = file.toRealPath();
            return real.startsWith(root) && Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS) ? real : null;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public long size(String name) {
        Path file = resolve(name);
        try {
            return file == null ? -1 : Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public InputStream open(String name) throws IOException {
        Path file = resolve(name);
        if (file == null) {
            throw new NoSuchFileException(name);
        }
        return Files.newInputStream(file);
    }

    @Override
    public void close() {
    }
}
