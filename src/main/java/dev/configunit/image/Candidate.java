package dev.configunit.image;

import dev.configunit.source.SourceKind;

/**
 * A credential file candidate in one layer: its in-image path, format, content and tar metadata.
 *
 * @param path absolute in-image path, e.g. {@code /root/.docker/config.json}
 * @param kind its format
 * @param content the file's bytes, or {@code null} for a symbolic link (see {@code linkTarget})
 * @param mode permission bits from the tar header
 * @param uid owner uid from the tar header (PAX and base-256 honoured)
 * @param gid group gid
 * @param linkTarget for a symbolic link, its absolute in-image target; else {@code null}
 */
record Candidate(String path, SourceKind kind, byte[] content, int mode, long uid, long gid, String linkTarget) {
}
