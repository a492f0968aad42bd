package dev.configunit.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Builds container images for tests, in code: layers as tars (commons-compress), compressed with gzip or zstd,
 * with digests computed here, written in every format the scanner reads. No binary fixture is checked in.
 */
public final class TestImage {

    /** How a layer blob is compressed. */
    public enum Compression { NONE, GZIP, ZSTD, ZSTD_CHUNKED }

    /** The {@code docker save} shapes and {@code crane save}. */
    public enum DockerShape { LEGACY, DOCKER_25, CONTAINERD, CRANE }

    private final List<Layer> layers = new ArrayList<>();
    private final List<String> env = new ArrayList<>(List.of("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"));
    private final List<String[]> emptyHistory = new ArrayList<>();
    private String user = "";
    private Compression compression = Compression.GZIP;

    public static TestImage create() {
        return new TestImage();
    }

    public TestImage compression(Compression c) {
        this.compression = c;
        return this;
    }

    public TestImage user(String u) {
        this.user = u;
        return this;
    }

    public TestImage env(String entry) {
        env.add(entry);
        return this;
    }

    /** A history entry without a layer (ENV, ARG) placed before the next layer. */
    public TestImage emptyLayerHistory(String createdBy) {
        emptyHistory.add(new String[] {String.valueOf(layers.size()), createdBy});
        return this;
    }

    public TestImage layer(String createdBy, Consumer<Layer> contents) {
        Layer layer = new Layer(createdBy);
        contents.accept(layer);
        layers.add(layer);
        return this;
    }

    /** A layer's entries, written in order. */
    public static final class Layer {
        final String createdBy;
        final List<TarArchiveEntry> entries = new ArrayList<>();
        final List<byte[]> data = new ArrayList<>();
        byte[] rawOverride;

        Layer(String createdBy) {
            this.createdBy = createdBy;
        }

        public Layer dir(String name, int mode, long uid) {
            TarArchiveEntry e = new TarArchiveEntry(name.endsWith("/") ? name : name + "/");
            e.setMode(TarArchiveEntry.DEFAULT_DIR_MODE & ~0777 | mode);
            e.setUserId(uid);
            e.setGroupId(uid);
            return add(e, new byte[0]);
        }

        public Layer file(String name, String content, int mode, long uid) {
            return file(name, content.getBytes(StandardCharsets.UTF_8), mode, uid);
        }

        public Layer file(String name, byte[] content, int mode, long uid) {
            TarArchiveEntry e = new TarArchiveEntry(name, true);
            e.setMode(0100000 | mode);
            e.setSize(content.length);
            e.setUserId(uid);
            e.setGroupId(uid);
            return add(e, content);
        }

        public Layer whiteout(String name) {
            int slash = name.lastIndexOf('/');
            return file(name.substring(0, slash + 1) + ".wh." + name.substring(slash + 1), "", 0644, 0);
        }

        public Layer opaque(String dir) {
            return file(dir + "/.wh..wh..opq", "", 0644, 0);
        }

        public Layer symlink(String name, String target) {
            TarArchiveEntry e = new TarArchiveEntry(name, TarConstants.LF_SYMLINK, true);
            e.setLinkName(target);
            e.setMode(0120777);
            return add(e, new byte[0]);
        }

        public Layer hardlink(String name, String target) {
            TarArchiveEntry e = new TarArchiveEntry(name, TarConstants.LF_LINK, true);
            e.setLinkName(target);
            e.setMode(0100600);
            return add(e, new byte[0]);
        }

        /** Replaces the layer blob with these bytes (a damaged layer). */
        public Layer raw(byte[] blob) {
            rawOverride = blob;
            return this;
        }

        private Layer add(TarArchiveEntry e, byte[] content) {
            entries.add(e);
            data.add(content);
            return this;
        }

        byte[] tar() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (TarArchiveOutputStream out = new TarArchiveOutputStream(bytes)) {
                out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
                out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
                for (int i = 0; i < entries.size(); i++) {
                    out.putArchiveEntry(entries.get(i));
                    out.write(data.get(i));
                    out.closeArchiveEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }
    }

    /** A blob with its digest. */
    record Blob(String digest, byte[] bytes) {
        String hex() {
            return digest.substring("sha256:".length());
        }
    }

    /** The blobs of the image, in the OCI model. */
    record Built(List<Blob> layerBlobs, List<Blob> uncompressed, Blob config, Blob manifest) {
    }

    Built build(Compression layerCompression) {
        List<Blob> blobs = new ArrayList<>();
        List<Blob> tars = new ArrayList<>();
        for (Layer layer : layers) {
            byte[] tar = layer.tar();
            tars.add(blob(tar));
            blobs.add(blob(layer.rawOverride != null ? layer.rawOverride : compress(tar, layerCompression)));
        }
        StringBuilder diffIds = new StringBuilder();
        for (Blob tar : tars) {
            diffIds.append(diffIds.length() == 0 ? "" : ",").append('"').append(tar.digest()).append('"');
        }
        StringBuilder history = new StringBuilder();
        for (int i = 0; i <= layers.size(); i++) {
            for (String[] empty : emptyHistory) {
                if (Integer.parseInt(empty[0]) == i) {
                    history.append(history.length() == 0 ? "" : ",").append("{\"created_by\":").append(json(empty[1]))
                            .append(",\"empty_layer\":true}");
                }
            }
            if (i < layers.size()) {
                history.append(history.length() == 0 ? "" : ",").append("{\"created_by\":")
                        .append(json(layers.get(i).createdBy)).append('}');
            }
        }
        StringBuilder envJson = new StringBuilder();
        for (String e : env) {
            envJson.append(envJson.length() == 0 ? "" : ",").append(json(e));
        }
        String config = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{\"User\":" + json(user) + ",\"Env\":["
                + envJson + "]},\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[" + diffIds + "]},\"history\":[" + history
                + "]}";
        Blob configBlob = blob(config.getBytes(StandardCharsets.UTF_8));
        String mediaType = switch (layerCompression) {
            case NONE -> "application/vnd.oci.image.layer.v1.tar";
            case GZIP -> "application/vnd.oci.image.layer.v1.tar+gzip";
            default -> "application/vnd.oci.image.layer.v1.tar+zstd";
        };
        StringBuilder layerJson = new StringBuilder();
        for (Blob b : blobs) {
            layerJson.append(layerJson.length() == 0 ? "" : ",").append("{\"mediaType\":\"").append(mediaType)
                    .append("\",\"digest\":\"").append(b.digest()).append("\",\"size\":").append(b.bytes().length)
                    .append('}');
        }
        String manifest = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                + "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\""
                + configBlob.digest() + "\",\"size\":" + configBlob.bytes().length + "},\"layers\":[" + layerJson + "]}";
        return new Built(blobs, tars, configBlob, blob(manifest.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes an OCI image layout directory; returns its files by name. */
    Map<String, byte[]> ociFiles() {
        Built built = build(compression);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes(StandardCharsets.UTF_8));
        files.put("index.json", index(built.manifest(), "fixture:1", "").getBytes(StandardCharsets.UTF_8));
        putBlob(files, built.manifest());
        putBlob(files, built.config());
        built.layerBlobs().forEach(b -> putBlob(files, b));
        return files;
    }

    public Path writeOciDirectory(Path dir) throws IOException {
        for (Map.Entry<String, byte[]> file : ociFiles().entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        return dir;
    }

    public Path writeOciArchive(Path file) throws IOException {
        Files.write(file, tarOf(ociFiles()));
        return file;
    }

    public Path writeDockerArchive(Path file, DockerShape shape) throws IOException {
        Files.write(file, tarOf(dockerFiles(shape)));
        return file;
    }

    public Path writeGzippedDockerArchive(Path file, DockerShape shape) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(tarOf(dockerFiles(shape)));
        }
        Files.write(file, bytes.toByteArray());
        return file;
    }

    Map<String, byte[]> dockerFiles(DockerShape shape) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        switch (shape) {
            case LEGACY -> {
                Built built = build(Compression.NONE);
                List<String> names = new ArrayList<>();
                for (int i = 0; i < built.layerBlobs().size(); i++) {
                    String id = HexFormat.of().formatHex(sha256(("v1-id-" + i).getBytes(StandardCharsets.UTF_8)));
                    files.put(id + "/VERSION", "1.0".getBytes(StandardCharsets.UTF_8));
                    files.put(id + "/json", "{}".getBytes(StandardCharsets.UTF_8));
                    files.put(id + "/layer.tar", built.layerBlobs().get(i).bytes());
                    names.add(id + "/layer.tar");
                }
                files.put(built.config().hex() + ".json", built.config().bytes());
                files.put("manifest.json", dockerManifest(built.config().hex() + ".json", names));
                files.put("repositories", "{\"fixture\":{\"1\":\"x\"}}".getBytes(StandardCharsets.UTF_8));
            }
            case DOCKER_25 -> {
                Built built = build(Compression.NONE);
                files.put("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes(StandardCharsets.UTF_8));
                files.put("index.json", index(built.manifest(), "fixture:1", "").getBytes(StandardCharsets.UTF_8));
                putBlob(files, built.manifest());
                putBlob(files, built.config());
                List<String> names = new ArrayList<>();
                for (Blob b : built.layerBlobs()) {
                    putBlob(files, b);
                    names.add("blobs/sha256/" + b.hex());
                }
                files.put("manifest.json", dockerManifest("blobs/sha256/" + built.config().hex(), names));
                files.put("repositories", "{}".getBytes(StandardCharsets.UTF_8));
            }
            case CONTAINERD -> {
                Built built = build(Compression.GZIP);
                // A nested index: this platform's manifest is present, another platform's blob is missing.
                String missing = "sha256:" + "ab".repeat(32);
                String nested = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\","
                        + "\"manifests\":[{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\""
                        + missing + "\",\"size\":500,\"platform\":{\"architecture\":\"arm64\",\"os\":\"linux\"}},"
                        + "{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\""
                        + built.manifest().digest() + "\",\"size\":" + built.manifest().bytes().length
                        + ",\"platform\":{\"architecture\":\"amd64\",\"os\":\"linux\"}},"
                        + "{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"" + missing
                        + "\",\"size\":500,\"platform\":{\"architecture\":\"unknown\",\"os\":\"unknown\"},"
                        + "\"annotations\":{\"vnd.docker.reference.type\":\"attestation-manifest\"}}]}";
                Blob nestedBlob = blob(nested.getBytes(StandardCharsets.UTF_8));
                files.put("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes(StandardCharsets.UTF_8));
                files.put("index.json", index(nestedBlob, "fixture:1", "application/vnd.oci.image.index.v1+json")
                        .getBytes(StandardCharsets.UTF_8));
                putBlob(files, nestedBlob);
                putBlob(files, built.manifest());
                putBlob(files, built.config());
                List<String> names = new ArrayList<>();
                for (Blob b : built.layerBlobs()) {
                    putBlob(files, b);
                    names.add("blobs/sha256/" + b.hex());
                }
                files.put("manifest.json", dockerManifest("blobs/sha256/" + built.config().hex(), names));
            }
            case CRANE -> {
                Built built = build(Compression.GZIP);
                List<String> names = new ArrayList<>();
                for (Blob b : built.layerBlobs()) {
                    files.put(b.hex() + ".tar.gz", b.bytes());
                    names.add(b.hex() + ".tar.gz");
                }
                files.put(built.config().digest(), built.config().bytes());
                files.put("manifest.json", dockerManifest(built.config().digest(), names));
            }
        }
        return files;
    }

    private static byte[] dockerManifest(String config, List<String> layers) {
        StringBuilder names = new StringBuilder();
        for (String l : layers) {
            names.append(names.length() == 0 ? "" : ",").append(json(l));
        }
        return ("[{\"Config\":" + json(config) + ",\"RepoTags\":[\"fixture:1\"],\"Layers\":[" + names + "]}]")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String index(Blob manifest, String tag, String mediaType) {
        String type = mediaType.isEmpty() ? "application/vnd.oci.image.manifest.v1+json" : mediaType;
        return "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\",\"manifests\":[{"
                + "\"mediaType\":\"" + type + "\",\"digest\":\"" + manifest.digest() + "\",\"size\":"
                + manifest.bytes().length + ",\"annotations\":{\"org.opencontainers.image.ref.name\":\"" + tag + "\"}}]}";
    }

    private static void putBlob(Map<String, byte[]> files, Blob b) {
        files.put("blobs/sha256/" + b.hex(), b.bytes());
    }

    static byte[] tarOf(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(bytes)) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                TarArchiveEntry e = new TarArchiveEntry(file.getKey());
                e.setSize(file.getValue().length);
                out.putArchiveEntry(e);
                out.write(file.getValue());
                out.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] compress(byte[] tar, Compression compression) {
        try {
            return switch (compression) {
                case NONE -> tar;
                case GZIP -> {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    try (OutputStream gz = new GZIPOutputStream(bytes)) {
                        gz.write(tar);
                    }
                    yield bytes.toByteArray();
                }
                case ZSTD -> com.github.luben.zstd.Zstd.compress(tar);
                case ZSTD_CHUNKED -> {
                    // zstd:chunked: a skippable frame (table of contents) around ordinary frames
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    byte[] toc = "{\"version\":1,\"entries\":[]}".getBytes(StandardCharsets.UTF_8);
                    int half = tar.length / 2;
                    bytes.write(com.github.luben.zstd.Zstd.compress(java.util.Arrays.copyOfRange(tar, 0, half)));
                    bytes.write(com.github.luben.zstd.Zstd.compress(java.util.Arrays.copyOfRange(tar, half, tar.length)));
                    bytes.write(new byte[] {0x50, 0x2a, 0x4d, 0x18});
                    bytes.write(new byte[] {(byte) toc.length, (byte) (toc.length >> 8), 0, 0});
                    bytes.write(toc);
                    yield bytes.toByteArray();
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Blob blob(byte[] bytes) {
        return new Blob("sha256:" + HexFormat.of().formatHex(sha256(bytes)), bytes);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A config.json with one inline credential, as {@code docker login} writes it. */
    public static String dockerLoginConfig(String registry, String userColonPassword) {
        String auth = java.util.Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8));
        return "{\n\t\"auths\": {\n\t\t" + json(registry) + ": {\n\t\t\t\"auth\": \"" + auth + "\"\n\t\t}\n\t}\n}";
    }
}
