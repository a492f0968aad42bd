package dev.configunit.source;

/**
 * An input that could not be scanned (unreadable, not a regular file, a symlink out of the root); the scan goes on.
 *
 * @param path the display path of the input
 * @param message what went wrong, without any file content
 */
public record InputProblem(String path, String message) {
}
