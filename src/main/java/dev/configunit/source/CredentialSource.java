package dev.configunit.source;

import java.nio.file.Path;

/**
 * A credential file found by discovery, or a credential value written inside one.
 *
 * @param file where to read it; for a source inside an image, the image archive or layout directory it came from
 *     ({@code null} for an image pulled from a registry), never a temporary file
 * @param displayPath the path reports show: relative to the scanned root, with {@code /} separators; for an image,
 *     {@code IMAGE!/in/image/path} with IMAGE the reference as given
 * @param kind its format
 * @param origin where it was found
 * @param variable for a {@code DOCKER_AUTH_CONFIG} value in a CI file, its pointer in that file; else {@code ""}
 * @param image where in an image it sits, or {@code null} for a source outside images
 * @param helpers the credential helpers installed where the source is used, or {@code null} if unknown
 */
public record CredentialSource(Path file, String displayPath, SourceKind kind, Origin origin, String variable,
        ImageLocation image, HelperLookup helpers) {

    /** A whole file outside any image, whose helpers are unknown. */
    public CredentialSource(Path file, String displayPath, SourceKind kind, Origin origin) {
        this(file, displayPath, kind, origin, "", null, null);
    }

    /** A {@code DOCKER_AUTH_CONFIG} value written in a CI file. */
    public CredentialSource(Path file, String displayPath, SourceKind kind, Origin origin, String variable) {
        this(file, displayPath, kind, origin, variable, null, null);
    }

    /** A source inside an image, or one whose installed helpers are known. */
    public CredentialSource(Path file, String displayPath, SourceKind kind, Origin origin, ImageLocation image,
            HelperLookup helpers) {
        this(file, displayPath, kind, origin, "", image, helpers);
    }

    /** How tests and reports title the source: its display path, plus the layer for a source inside an image. */
    public String title() {
        return image == null || image.layer() == null ? displayPath : displayPath + " (" + image.describe() + ")";
    }
}
