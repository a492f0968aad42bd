package dev.configunit.source;

import java.nio.file.Path;

/**
 * A credential file found by discovery.
 *
 * @param file where to read it
 * @param displayPath the path reports show: relative to the scanned root, with {@code /} separators
 * @param kind its format
 * @param origin where it was found
 */
public record CredentialSource(Path file, String displayPath, SourceKind kind, Origin origin) {
}
