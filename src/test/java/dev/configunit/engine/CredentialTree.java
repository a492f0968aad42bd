package dev.configunit.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

/**
 * A tree of credential files in a temporary directory.
 *
 * <p>Files are written 0600 in 0700 directories, as Docker writes them, so that {@code docker/file-permissions}
 * stays quiet whatever the umask, unless a test asks for an open mode.
 */
final class CredentialTree {

    private final Path root;

    CredentialTree(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** Writes {@code content} at {@code relative}, mode 0600. */
    Path write(String relative, String content) {
        return write(relative, content, "rw-------");
    }

    /** Writes {@code content} at {@code relative}, mode 0644: readable by group and others. */
    Path writeReadableByOthers(String relative, String content) {
        return write(relative, content, "rw-r--r--");
    }

    private Path write(String relative, String content, String mode) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("rwx------"));
            Files.writeString(file, content, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The {@code auth} value Docker writes for a user and password: standard, padded Base64. */
    static String auth(String user, String password) {
        return Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
