package dev.configunit.image;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * An archive compressed as a whole ({@code docker save | gzip}), which only a stream can read: in one pass every
 * small JSON file is kept and every other file is walked as a potential layer, keyed by its name; the manifest,
 * wherever it is in the stream, binds them at the end (reference/images.md §6.1 item 1).
 */
final class StreamedArchiveSource implements ImageSource {

    private static final long MAX_KEPT = 32L * 1024 * 1024;

    private final Path file;
    private final boolean preferOci;
    private final Map<String, byte[]> small = new HashMap<>();
    private final Map<String, LayerRecord> walked = new HashMap<>();
    private final Map<String, String> links = new HashMap<>();
    private String damage;

    StreamedArchiveSource(Path file, boolean preferOci, LayerWalker walker) throws IOException {
        this.file = file;
        this.preferOci = preferOci;
        long kept = 0;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 65536)) {
            raw.mark(8);
            byte[] magic = raw.readNBytes(4);
            raw.reset();
            InputStream decoded = LayerWalker.isZstd(magic)
                    ? new com.github.luben.zstd.ZstdInputStreamNoFinalizer(raw)
                    : new GZIPInputStream(raw, 65536);
            TarArchiveInputStream tar = new TarArchiveInputStream(new BufferedInputStream(decoded, 65536), true);
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                String name = BlobNames.normalise(entry.getName());
                if (name == null || name.isEmpty()) {
                    continue;
                }
                if (entry.isSymbolicLink() || entry.isLink()) {
                    String target = entry.isLink() ? entry.getLinkName()
                            : EntryPaths.parent("/" + name).substring(1) + "/" + entry.getLinkName();
                    String normalised = BlobNames.normalise(target);
                    if (normalised != null) {
                        links.put(name, normalised);
                    }
                    continue;
                }
                if (!entry.isFile()) {
                    continue;
                }
                BufferedInputStream data = new BufferedInputStream(tar, 65536);
                data.mark(16);
                int first = firstNonBlank(data);
                data.reset();
                if ((first == '{' || first == '[') && entry.getSize() <= MAX_METADATA && kept + entry.getSize() <= MAX_KEPT) {
                    byte[] bytes = data.readNBytes((int) entry.getSize());
                    small.put(name, bytes);
                    kept += bytes.length;
                } else if (entry.getSize() >= 512 || LayerWalker.isZstd(peek(data)) || first == 0x1f) {
                    walked.put(name, walker.walk(data));
                }
            }
        } catch (IOException | RuntimeException e) {
            damage = LayerWalker.describe(e);
        }
    }

    private static int firstNonBlank(InputStream in) throws IOException {
        for (int i = 0; i < 16; i++) {
            int b = in.read();
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return b;
            }
        }
        return -1;
    }

    private static byte[] peek(BufferedInputStream in) throws IOException {
        in.mark(8);
        byte[] magic = in.readNBytes(4);
        in.reset();
        return magic;
    }

    /** What stopped the stream early (a truncated or corrupt archive), or {@code null}. */
    String damage() {
        return damage;
    }

    private String resolve(String name) {
        String n = name == null ? null : BlobNames.normalise(name);
        for (int hops = 0; hops < 8 && n != null && links.containsKey(n); hops++) {
            n = links.get(n);
        }
        return n;
    }

    @Override
    public ImagePlan plan() throws ImageException {
        ImagePlanner.Files files = new ImagePlanner.Files() {
            @Override
            public byte[] read(String name) {
                return small.get(resolve(name));
            }

            @Override
            public long size(String name) {
                String n = resolve(name);
                byte[] bytes = small.get(n);
                LayerRecord layer = walked.get(n);
                return bytes != null ? bytes.length : layer != null ? layer.rawBytes : -1;
            }
        };
        try {
            return new ImagePlanner(files, Platform.DEFAULT).plan(preferOci);
        } catch (ImageException e) {
            if (damage != null) {
                throw new ImageException(e.getMessage() + " (the archive is damaged: " + damage + ")", e);
            }
            throw e;
        }
    }

    @Override
    public byte[] config(ImagePlan plan) throws ImageException {
        byte[] bytes = small.get(resolve(plan.config()));
        if (bytes == null) {
            throw new ImageException("the config blob \"" + plan.config() + "\" is missing");
        }
        return bytes;
    }

    @Override
    public LayerRecord prewalked(LayerRef layer) {
        return walked.get(resolve(layer.blob()));
    }

    @Override
    public InputStream openLayer(LayerRef layer) throws IOException {
        throw new NoSuchFileException(layer.blob());
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public void close() {
        small.clear();
        walked.clear();
    }
}
