package dev.configunit.image;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * How images are scanned: parallelism, the caps that stop hostile archives, registry credentials and progress.
 *
 * @param parallelism how many layers are decoded at once (2 matches CI runners and the measured limit)
 * @param maxEntries entries in all layers of one image, past which the scan stops (tar bombs)
 * @param maxCandidateBytes the size of one credential file candidate, past which it is reported and not parsed
 * @param maxCandidateBytesPerImage all candidates of one image together (with the entry cap, this bounds memory)
 * @param registryAuthFile a Docker {@code config.json} or containers {@code auth.json} with credentials for
 *     registry pulls, or {@code null} to use {@code REGISTRY_AUTH_FILE}, {@code DOCKER_CONFIG} or
 *     {@code ~/.docker/config.json}
 * @param progress where to draw a progress line (a terminal), or {@code null} for none
 */
public record ImageScanOptions(int parallelism, long maxEntries, int maxCandidateBytes, long maxCandidateBytesPerImage,
        Path registryAuthFile, PrintWriter progress) {

    /** Two layers at a time, 2 million entries, 1 MiB per candidate, 32 MiB of candidates, no progress line. */
    public static ImageScanOptions defaults() {
        return new ImageScanOptions(2, 2_000_000, 1024 * 1024, 32L * 1024 * 1024, null, null);
    }

    public ImageScanOptions {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
        }
    }

    public ImageScanOptions withRegistryAuthFile(Path file) {
        return new ImageScanOptions(parallelism, maxEntries, maxCandidateBytes, maxCandidateBytesPerImage, file, progress);
    }

    public ImageScanOptions withProgress(PrintWriter out) {
        return new ImageScanOptions(parallelism, maxEntries, maxCandidateBytes, maxCandidateBytesPerImage,
                registryAuthFile, out);
    }

    public ImageScanOptions withCaps(long entries, int candidateBytes) {
        return new ImageScanOptions(parallelism, entries, candidateBytes, maxCandidateBytesPerImage, registryAuthFile,
                progress);
    }
}
