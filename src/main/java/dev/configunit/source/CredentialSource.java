package dev.configunit.source;

import java.nio.file.Path;

/**
 * A credential file found by discovery, or a credential value written inside one.
 *
 * @param file where to read it
 * @param displayPath the path reports show: relative to the scanned root, with {@code /} separators
 * @param kind its format
 * @param origin where it was found
 * @param variable for a {@code DOCKER_AUTH_CONFIG} value in a CI file, its pointer in that file; else {@code ""}
 */
public record CredentialSource(Path file, String displayPath, SourceKind kind, Origin origin, String variable) {

    /** A whole file. */
    public CredentialSource(Path file, String displayPath, SourceKind kind, Origin origin) {
        this(file, displayPath, kind, origin, "");
    }
}
