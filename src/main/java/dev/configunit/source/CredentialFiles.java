package dev.configunit.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the files ConfigUnit is given — credential files, rule and suppression files — with a size cap, so a huge or
 * endless input cannot exhaust memory, and only when they are regular files, so a FIFO cannot block a scan and a
 * device ({@code /dev/zero}, {@code /dev/stdin}) cannot feed it forever.
 */
public final class CredentialFiles {

    /** Real credential files are a few kilobytes; anything larger is reported, not parsed. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;

    private CredentialFiles() {
    }

    /** The file's bytes; an {@link IOException} whose message names the fault if it cannot be read whole. */
    public static byte[] read(Path file) throws IOException {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new IOException("not a regular file (a directory, FIFO, device or socket); not read");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new TooLargeException();
            }
            return bytes;
        }
    }

    /** The file's text, which must be UTF-8; read as {@link #read} reads. */
    public static String readUtf8(Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(read(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text");
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

    /** A file over {@link #MAX_BYTES}: read no further. */
    public static final class TooLargeException extends IOException {

        TooLargeException() {
            super("larger than " + (MAX_BYTES / (1024 * 1024)) + " MiB; not a credential file ConfigUnit will parse");
        }
    }
}
