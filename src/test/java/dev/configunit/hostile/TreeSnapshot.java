package dev.configunit.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every entry of a directory tree, links not followed: its type, content (a SHA-256 of a regular file's bytes, a
 * link's target), mode, owner and modification time. Two equal snapshots mean nothing was written, created,
 * deleted, renamed, chmod-ed or touched. Special files are never opened.
 */
record TreeSnapshot(Map<String, String> entries) {

    static TreeSnapshot of(Path root) {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                entries.put(root.relativize(path).toString(), describe(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSnapshot(entries);
    }

    private static String describe(Path path) throws IOException {
        PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        String content;
        if (attributes.isSymbolicLink()) {
            content = "link -> " + Files.readSymbolicLink(path);
        } else if (attributes.isRegularFile()) {
            content = "file " + attributes.size() + " bytes, sha-256 " + sha256(path);
        } else if (attributes.isDirectory()) {
            content = "directory";
        } else {
            content = "special file";
        }
        return content + ", mode " + PosixFilePermissions.toString(attributes.permissions()) + ", owner "
                + attributes.owner().getName() + ":" + attributes.group().getName() + ", modified "
                + attributes.lastModifiedTime();
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
