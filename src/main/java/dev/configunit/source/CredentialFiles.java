package dev.configunit.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads credential files with a size cap, so a huge or endless input cannot exhaust memory.
 */
public final class CredentialFiles {

    /** Real credential files are a few kilobytes; anything larger is reported, not parsed. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;

    private CredentialFiles() {
    }

    /** The file's bytes; an {@link IOException} whose message names the fault if it cannot be read whole. */
    public static byte[] read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new IOException("larger than " + (MAX_BYTES / (1024 * 1024)) + " MiB; not a credential file "
                        + "ConfigUnit will parse");
            }
            return bytes;
        }
    }

    /** A short, content-free description of an I/O failure. */
    public static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
