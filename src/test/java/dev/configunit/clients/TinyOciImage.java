package dev.configunit.clients;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a one-layer OCI image layout, enough for a registry to serve and a client to inspect.
 */
final class TinyOciImage {

    private TinyOciImage() {
    }

    /** Writes the layout into {@code dir}, tagged {@code tag}. */
    static void write(Path dir, String tag) throws IOException {
        Path blobs = Files.createDirectories(dir.resolve("blobs/sha256"));
        byte[] tar = tarWithOneFile("hello.txt", "hello\n".getBytes(StandardCharsets.UTF_8));
        byte[] layer = gzip(tar);
        String layerDigest = blob(blobs, layer);
        String config = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{},"
                + "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"sha256:" + sha256(tar) + "\"]}}";
        byte[] configBytes = config.getBytes(StandardCharsets.UTF_8);
        String configDigest = blob(blobs, configBytes);
        String manifest = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                + "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"sha256:"
                + configDigest + "\",\"size\":" + configBytes.length + "},"
                + "\"layers\":[{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\",\"digest\":\"sha256:"
                + layerDigest + "\",\"size\":" + layer.length + "}]}";
        byte[] manifestBytes = manifest.getBytes(StandardCharsets.UTF_8);
        String manifestDigest = blob(blobs, manifestBytes);
        Files.writeString(dir.resolve("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
        Files.writeString(dir.resolve("index.json"), "{\"schemaVersion\":2,\"manifests\":[{\"mediaType\":"
                + "\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"sha256:" + manifestDigest + "\",\"size\":"
                + manifestBytes.length + ",\"annotations\":{\"org.opencontainers.image.ref.name\":\"" + tag + "\"}}]}");
    }

    private static String blob(Path blobs, byte[] content) throws IOException {
        String digest = sha256(content);
        Files.write(blobs.resolve(digest), content);
        return digest;
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        }
        return out.toByteArray();
    }

    /** A POSIX ustar archive with one regular file. */
    private static byte[] tarWithOneFile(String name, byte[] content) {
        byte[] header = new byte[512];
        put(header, 0, name);
        put(header, 100, "0000644\0");
        put(header, 108, "0000000\0");
        put(header, 116, "0000000\0");
        put(header, 124, String.format("%011o\0", content.length));
        put(header, 136, String.format("%011o\0", 0));
        for (int i = 148; i < 156; i++) {
            header[i] = ' ';
        }
        header[156] = '0';
        put(header, 257, "ustar\0");
        put(header, 263, "00");
        int sum = 0;
        for (byte b : header) {
            sum += b & 0xff;
        }
        put(header, 148, String.format("%06o\0 ", sum));
        int padded = (content.length + 511) / 512 * 512;
        byte[] tar = new byte[512 + padded + 1024];
        System.arraycopy(header, 0, tar, 0, 512);
        System.arraycopy(content, 0, tar, 512, content.length);
        return tar;
    }

    private static void put(byte[] header, int offset, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, header, offset, bytes.length);
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
