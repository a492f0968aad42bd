package dev.configunit.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;

/**
 * The entries of an uncompressed tar ({@code docker save}, {@code crane save}, OCI archive), read in place: one
 * pass over the headers, then each entry through positional reads of one shared channel, so two layers can be
 * read at once. Hard and symbolic links between entries (legacy saves store shared layers once) are followed.
 */
final class TarBlobStore implements BlobStore {

    private record Slice(long offset, long size) {
    }

    private final FileChannel channel;
    private final Map<String, Slice> slices = new HashMap<>();

    TarBlobStore(Path file) throws IOException {
        Map<String, String> links = new HashMap<>();
        try (TarFile tar = new TarFile(file)) {
            for (TarArchiveEntry entry : tar.getEntries()) {
                String name = BlobNames.normalise(entry.getName());
                if (name == null || name.isEmpty()) {
                    continue;
                }
                if (entry.isSymbolicLink() || entry.isLink()) {
                    String target = entry.isLink() ? entry.getLinkName() : parent(name) + "/" + entry.getLinkName();
                    String normalised = BlobNames.normalise(target);
                    if (normalised != null) {
                        links.put(name, normalised);
                    }
                } else if (entry.isFile()) {
                    slices.put(name, new Slice(entry.getDataOffset(), entry.getRealSize()));
                }
            }
        }
        for (Map.Entry<String, String> link : links.entrySet()) {
            String target = link.getValue();
            for (int hops = 0; hops < 8 && !slices.containsKey(target) && links.containsKey(target); hops++) {
                target = links.get(target);
            }
            Slice slice = slices.get(target);
            if (slice != null) {
                slices.putIfAbsent(link.getKey(), slice);
            }
        }
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
    }

    private static String parent(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? "" : name.substring(0, slash);
    }

    @Override
    public long size(String name) {
        String normalised = BlobNames.normalise(name);
        Slice slice = normalised == null ? null : slices.get(normalised);
        return slice == null ? -1 : slice.size();
    }

    @Override
    public InputStream open(String name) throws IOException {
        String normalised = BlobNames.normalise(name);
        Slice slice = normalised == null ? null : slices.get(normalised);
        if (slice == null) {
            throw new NoSuchFileException(name);
        }
        return new RangeInputStream(channel, slice.offset(), slice.size());
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** A range of a file read with positional reads: safe to use from several threads on one channel. */
    static final class RangeInputStream extends InputStream {

        private final FileChannel channel;
        private long position;
        private final long end;

        RangeInputStream(FileChannel channel, long offset, long size) {
            this.channel = channel;
            this.position = offset;
            this.end = offset + size;
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
            long left = end - position;
            if (left <= 0) {
                return -1;
            }
            int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, left)), position);
            if (n < 0) {
                throw new java.io.EOFException("the archive ends inside an entry (truncated)");
            }
            position += n;
            return n;
        }

        @Override
        public long skip(long n) {
            long skipped = Math.max(0, Math.min(n, end - position));
            position += skipped;
            return skipped;
        }

        @Override
        public int available() {
            return (int) Math.min(Integer.MAX_VALUE, end - position);
        }
    }
}
