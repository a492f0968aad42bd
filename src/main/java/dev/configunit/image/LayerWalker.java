package dev.configunit.image;

import dev.configunit.check.Printable;
import dev.configunit.source.CredentialMarkers;
import dev.configunit.source.SourceKind;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Reads one layer blob in one streaming pass: hashes the raw bytes, decodes gzip or zstd by magic bytes (never by
 * media type or name), walks the tar and keeps a {@link LayerRecord}. It never throws: damage becomes a problem of
 * the record, and the raw stream is still drained so the digest can be checked.
 */
final class LayerWalker {

    private static final int BUFFER = 64 * 1024;
    private static final int SYMLINK_DEPTH = 4;

    private final ImageScanOptions options;
    private final AtomicLong entryBudget;
    private final AtomicLong candidateBudget;
    private final AtomicLong progressBytes;

    /** Budgets are per image and shared by the layers read at once: they bound the memory one image can take. */
    LayerWalker(ImageScanOptions options, AtomicLong entryBudget, AtomicLong progressBytes) {
        this.options = options;
        this.entryBudget = entryBudget;
        this.candidateBudget = new AtomicLong(options.maxCandidateBytesPerImage());
        this.progressBytes = progressBytes;
    }

    /** Walks the blob; the caller closes {@code raw} (in a streamed archive it is the outer tar). */
    LayerRecord walk(InputStream raw) {
        LayerRecord layer = new LayerRecord();
        DigestingInputStream hashed = new DigestingInputStream(raw, progressBytes);
        try {
            BufferedInputStream buffered = new BufferedInputStream(hashed, BUFFER);
            InputStream decoded = decoder(buffered, layer);
            if (decoded != null) {
                SkippingInputStream tarStream = new SkippingInputStream(decoded);
                if (walkTar(tarStream, layer)) {
                    tarStream.close(); // reads the compressed stream to its end: a cut-off trailer shows here
                }
            }
            hashed.drain();
        } catch (IOException | RuntimeException e) {
            layer.problem("truncated", Map.of("problem", describe(e)));
            try {
                hashed.drain();
            } catch (IOException | RuntimeException ignored) {
                // the digest stays that of what could be read
            }
        }
        layer.digest = "sha256:" + hashed.hex();
        layer.rawBytes = hashed.count();
        return layer;
    }

    private InputStream decoder(BufferedInputStream in, LayerRecord layer) throws IOException {
        in.mark(8);
        byte[] magic = in.readNBytes(4);
        in.reset();
        if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
            layer.compression = LayerRecord.Compression.GZIP;
            return new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER);
        }
        if (isZstd(magic)) {
            layer.compression = LayerRecord.Compression.ZSTD;
            try {
                return new BufferedInputStream(new com.github.luben.zstd.ZstdInputStreamNoFinalizer(in), BUFFER);
            } catch (LinkageError e) {
                layer.problem("zstd-unavailable", Map.of("problem", Printable.of(String.valueOf(e.getMessage()))));
                return null;
            }
        }
        return in;
    }

    /** A zstd frame ({@code 28 b5 2f fd}) or a skippable frame ({@code 5? 2a 4d 18}, as in zstd:chunked). */
    static boolean isZstd(byte[] m) {
        if (m.length < 4) {
            return false;
        }
        boolean frame = (m[0] & 0xff) == 0x28 && (m[1] & 0xff) == 0xb5 && (m[2] & 0xff) == 0x2f && (m[3] & 0xff) == 0xfd;
        boolean skippable = (m[0] & 0xf0) == 0x50 && (m[1] & 0xff) == 0x2a && (m[2] & 0xff) == 0x4d
                && (m[3] & 0xff) == 0x18;
        return frame || skippable;
    }

    /** Walks the entries; false if a cap stopped it before the end. */
    private boolean walkTar(SkippingInputStream decoded, LayerRecord layer) throws IOException {
        // Block size 512: Go's archive/tar (umoci, skopeo, BuildKit) does not pad the archive to 10 KiB blocks.
        TarArchiveInputStream tar = new TarArchiveInputStream(decoded, 512, 512, null, true);
        TarArchiveEntry entry;
        long dataEnd = 0;
        String last = "";
        while ((entry = tar.getNextEntry()) != null) {
            dataEnd = decoded.position() + Math.max(0, entry.getSize());
            last = entry.getName();
            layer.entries++;
            if (entryBudget.decrementAndGet() < 0) {
                layer.problem("too-many-entries", Map.of("limit", String.valueOf(options.maxEntries())));
                return false;
            }
            String name = entry.getName();
            String path = EntryPaths.inImage(name);
            if (path == null) {
                layer.problem("path-traversal", Map.of("entry", Printable.of(name)));
                continue;
            }
            if (name.startsWith("/")) {
                layer.problem("absolute-path", Map.of("entry", Printable.of(name)));
            }
            if (path.equals("/")) {
                continue;
            }
            String base = EntryPaths.basename(path);
            if (base.startsWith(".wh.")) {
                if (base.equals(".wh..wh..opq")) {
                    layer.opaques.add(EntryPaths.parent(path));
                } else if (!base.startsWith(".wh..wh.")) {
                    layer.whiteouts.add(EntryPaths.parent(path) + (EntryPaths.parent(path).equals("/") ? "" : "/")
                            + base.substring(4));
                }
                continue;
            }
            if (entry.isDirectory()) {
                layer.paths.putDirectory(path, entry.getMode(), entry.getLongUserId());
                continue;
            }
            layer.paths.putOther(path);
            layer.candidates.remove(path); // a later entry for the same path replaces an earlier one
            if (entry.isSymbolicLink()) {
                symlink(layer, path, entry);
            } else if (entry.isLink()) {
                hardLink(layer, path, entry);
            } else if (entry.isFile()) {
                regularFile(layer, path, entry, tar);
            }
        }
        if (decoded.endsBefore(dataEnd)) {
            throw new EOFException("the layer ends inside \"" + Printable.of(last) + "\"");
        }
        return true;
    }

    private void symlink(LayerRecord layer, String path, TarArchiveEntry entry) {
        String target = entry.getLinkName();
        String resolved = EntryPaths.resolveLink(path, target);
        if (resolved == null) {
            layer.problem("symlink-escape", Map.of("entry", Printable.of(path), "target", Printable.of(target)));
            return;
        }
        String base = EntryPaths.basename(path);
        SourceKind named = EntryPaths.namedKind(path);
        if (named != null) {
            layer.candidates.put(path, new Candidate(path, named, null, entry.getMode(), entry.getLongUserId(),
                    entry.getLongGroupId(), resolved));
        }
        if (base.startsWith(HELPER_PREFIX)) {
            layer.helpers.put(path, -1);
        }
        if (depth(path) <= SYMLINK_DEPTH || named != null || base.equals(".docker") || base.equals("containers")) {
            layer.symlinks.put(path, resolved);
        }
    }

    private static final String HELPER_PREFIX = "docker-credential-";

    private void hardLink(LayerRecord layer, String path, TarArchiveEntry entry) {
        String base = EntryPaths.basename(path);
        String target = EntryPaths.inImage(entry.getLinkName());
        if (base.startsWith(HELPER_PREFIX)) {
            layer.helpers.put(path, 0755);
        }
        SourceKind named = EntryPaths.namedKind(path);
        if (named == null && !path.endsWith(".json")) {
            return;
        }
        Candidate linked = target == null ? null : layer.candidates.get(target);
        if (linked != null && linked.content() != null) {
            layer.candidates.put(path, new Candidate(path, named != null ? named : linked.kind(), linked.content(),
                    linked.mode(), linked.uid(), linked.gid(), null));
        } else if (named != null) {
            layer.problem("hard-link", Map.of("entry", Printable.of(path),
                    "target", Printable.of(entry.getLinkName())));
        }
    }

    /** Reads what must be read of a regular file: candidates, {@code /etc/passwd}, helper programs. */
    private void regularFile(LayerRecord layer, String path, TarArchiveEntry entry, TarArchiveInputStream tar)
            throws IOException {
        String base = EntryPaths.basename(path);
        long size = entry.getSize();
        if (base.startsWith(HELPER_PREFIX)) {
            layer.helpers.put(path, entry.getMode());
        }
        if (path.equals("/etc/passwd") && size <= options.maxCandidateBytes()) {
            layer.passwd = tar.readNBytes((int) size);
            return;
        }
        SourceKind named = EntryPaths.namedKind(path);
        boolean json = base.endsWith(".json");
        if (named == null && !json) {
            return;
        }
        if (size > options.maxCandidateBytes()) {
            if (named != null) {
                layer.problem("candidate-too-large", Map.of("entry", Printable.of(path), "size", String.valueOf(size),
                        "limit", String.valueOf(options.maxCandidateBytes())));
            }
            return;
        }
        if (candidateBudget.addAndGet(-size) < 0) {
            layer.problem("candidates-cap", Map.of("entry", Printable.of(path),
                    "limit", String.valueOf(options.maxCandidateBytesPerImage())));
            return;
        }
        byte[] content = tar.readNBytes((int) size);
        if (content.length < size) {
            throw new EOFException("the layer ends inside \"" + Printable.of(path) + "\"");
        }
        SourceKind kind = named;
        if (kind == null) {
            if (!startsLikeJsonObject(content) || !CredentialMarkers.isCredentialFile(content)) {
                candidateBudget.addAndGet(size); // not kept
                return;
            }
            kind = EntryPaths.sniffedKind(path);
        }
        layer.candidates.put(path, new Candidate(path, kind, content, entry.getMode(), entry.getLongUserId(),
                entry.getLongGroupId(), null));
    }

    private static boolean startsLikeJsonObject(byte[] content) {
        for (byte b : content) {
            if (b == '{') {
                return true;
            }
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return false;
    }

    private static int depth(String path) {
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                depth++;
            }
        }
        return depth;
    }

    /** A short, content-free description of a decoding failure. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        String text = e instanceof EOFException && (message == null || message.isEmpty())
                ? "unexpected end of data"
                : message == null ? e.getClass().getSimpleName() : message;
        return Printable.of(text);
    }

    /** Counts and hashes the raw blob as it is read. */
    static final class DigestingInputStream extends FilterInputStream {

        private final MessageDigest sha256;
        private final AtomicLong progress;
        private long count;

        DigestingInputStream(InputStream in, AtomicLong progress) {
            super(in);
            this.progress = progress;
            try {
                this.sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is required by every Java platform", e);
            }
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                sha256.update((byte) b);
                count++;
                progress.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                sha256.update(b, off, n);
                count += n;
                progress.addAndGet(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] scratch = new byte[(int) Math.min(BUFFER, Math.max(n, 1))];
            long skipped = 0;
            while (skipped < n) {
                int r = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
                if (r < 0) {
                    break;
                }
                skipped += r;
            }
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        /** Reads the rest of the blob, so the digest covers all of it. */
        void drain() throws IOException {
            byte[] scratch = new byte[BUFFER];
            while (read(scratch, 0, scratch.length) >= 0) {
                // hashing as it goes
            }
        }

        long count() {
            return count;
        }

        String hex() {
            return HexFormat.of().formatHex(sha256.digest());
        }
    }

    /**
     * The decoded tar stream as the tar reader sees it. Skips by reading through a 64 KiB buffer: the JDK's
     * inflater streams skip 512 bytes per native call, which would make skipping file data (most of a layer) the
     * bottleneck. And where the stream ends cleanly but without the final block padding or the end-of-archive
     * blocks — umoci 0.4.7's {@code insert} writes such layers — it supplies the zeros, and remembers where the real
     * data ended, so a layer cut inside a file's data is still told apart from one only missing its trailer.
     */
    static final class SkippingInputStream extends FilterInputStream {

        private final byte[] scratch = new byte[BUFFER];
        private long position;
        private long realEnd = -1;
        private long padding;

        SkippingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (realEnd < 0) {
                int n = in.read(b, off, len);
                if (n >= 0) {
                    position += n;
                    return n;
                }
                realEnd = position;
                padding = (512 - position % 512) % 512 + 1024;
            }
            if (padding == 0) {
                return -1;
            }
            int n = (int) Math.min(len, padding);
            java.util.Arrays.fill(b, off, off + n, (byte) 0);
            padding -= n;
            position += n;
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = 0;
            while (skipped < n) {
                int r = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
                if (r < 0) {
                    break;
                }
                skipped += r;
            }
            return skipped;
        }

        @Override
        public int available() {
            return 0;
        }

        long position() {
            return position;
        }

        /** Whether the real data ended before {@code offset}. */
        boolean endsBefore(long offset) {
            return realEnd >= 0 && realEnd < offset;
        }

        /** Reads to the end, so a truncated compressed stream shows as an error here. */
        @Override
        public void close() throws IOException {
            while (read(scratch, 0, scratch.length) >= 0) {
                // drain
            }
        }
    }
}
