package dev.configunit.image;

/**
 * An image that cannot be read at all: no manifest, no config, not an image. The message names the fault, never
 * file content.
 */
final class ImageException extends Exception {

    private static final long serialVersionUID = 1L;

    ImageException(String message) {
        super(message);
    }

    ImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
