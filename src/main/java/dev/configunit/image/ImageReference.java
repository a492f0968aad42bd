package dev.configunit.image;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An image as the user names it on the command line: {@code docker-archive:PATH}, {@code oci:DIR},
 * {@code oci-archive:PATH}, {@code docker://HOST/REPO:TAG}, or a bare path or registry reference (auto-detected).
 *
 * @param given the reference exactly as given: reports name the image by it
 * @param transport how to read it
 * @param path the local file or directory, or {@code null} for a registry
 * @param registry the registry reference, or {@code null} for a local image
 */
record ImageReference(String given, Transport transport, Path path, RegistryReference registry) {

    /** How an image is read. */
    enum Transport {
        /** A {@code docker save} or {@code crane save} tar, possibly gzip-compressed as a whole. */
        DOCKER_ARCHIVE,
        /** An OCI image layout directory. */
        OCI_DIR,
        /** An OCI image layout as a tar. */
        OCI_ARCHIVE,
        /** A local file or directory whose format is sniffed. */
        LOCAL,
        /** A registry, over the OCI distribution API. */
        REGISTRY
    }

    /**
     * Parses a reference.
     *
     * @throws IllegalArgumentException with a message for the user when it cannot be one
     */
    static ImageReference parse(String given) {
        if (given == null || given.isBlank()) {
            throw new IllegalArgumentException("empty image reference");
        }
        if (given.startsWith("docker://")) {
            return new ImageReference(given, Transport.REGISTRY, null,
                    RegistryReference.parse(given.substring("docker://".length())));
        }
        if (given.startsWith("docker-archive:")) {
            return local(given, Transport.DOCKER_ARCHIVE, withoutTag(given.substring("docker-archive:".length())));
        }
        if (given.startsWith("oci-archive:")) {
            return local(given, Transport.OCI_ARCHIVE, withoutTag(given.substring("oci-archive:".length())));
        }
        if (given.startsWith("oci:")) {
            String rest = given.substring("oci:".length());
            return local(given, Transport.OCI_DIR, withoutTag(rest));
        }
        Path path = Path.of(given);
        if (!Files.exists(path) && RegistryReference.looksLikeRegistryReference(given)) {
            return new ImageReference(given, Transport.REGISTRY, null, RegistryReference.parse(given));
        }
        return new ImageReference(given, Transport.LOCAL, path, null);
    }

    /**
     * skopeo's {@code oci:DIR:TAG} and {@code docker-archive:PATH:NAME:TAG}: a suffix after a colon that is not part
     * of an existing path is a tag, which is not needed to find the one image of a layout or archive.
     */
    private static String withoutTag(String path) {
        String candidate = path;
        while (!Files.exists(Path.of(candidate)) && candidate.lastIndexOf(':') > 0) {
            candidate = candidate.substring(0, candidate.lastIndexOf(':'));
        }
        return Files.exists(Path.of(candidate)) ? candidate : path;
    }

    private static ImageReference local(String given, Transport transport, String path) {
        if (path.isEmpty()) {
            throw new IllegalArgumentException("image reference \"" + given + "\" names no path");
        }
        return new ImageReference(given, transport, Path.of(path), null);
    }
}
