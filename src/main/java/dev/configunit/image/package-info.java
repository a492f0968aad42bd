/**
 * Scans container images for credential files without a Docker daemon: {@code docker save} tars (legacy, OCI +
 * {@code manifest.json}, containerd store, whole-file gzip), {@code crane save} tars, OCI layouts (directory or
 * tar) and registry pulls over the OCI distribution API.
 *
 * <p>Each layer is decoded once, as a stream, two at a time, and nothing is extracted to disk. A layer keeps only
 * what resolution needs: credential candidates (small files, read at once), whiteouts, opaque directories, a hash
 * of every path with directory modes and owners, a few symbolic links, {@code /etc/passwd} and helper programs.
 * When all layers are read, each candidate is resolved against the layers above it — visible, deleted or
 * overwritten — independent of the order the layers were read in (images.md; reference/images.md §0, §6).
 * {@link dev.configunit.image.ImageScan} is the entry point.
 */
package dev.configunit.image;
