import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;

/**
 * The physical limit of an image scan: inflates every gzip blob of an image tar with the JDK's GZIPInputStream, two
 * blobs at a time, largest first, draining the output. Prints the uncompressed bytes and the seconds taken.
 *
 * <p>Run with the CLI jar on the class path: {@code java -cp configunit-*-cli.jar InflateBaseline.java image.tar}.
 */
public class InflateBaseline {

    public static void main(String[] args) throws Exception {
        Path image = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<long[]> blobs = new ArrayList<>();
        try (TarFile tar = new TarFile(image)) {
            for (TarArchiveEntry e : tar.getEntries()) {
                if (e.isFile() && e.getSize() > 2) {
                    blobs.add(new long[] {e.getDataOffset(), e.getSize()});
                }
            }
        }
        blobs.sort(Comparator.comparingLong((long[] b) -> b[1]).reversed());
        long start = System.nanoTime();
        long total = 0;
        try (FileChannel channel = FileChannel.open(image, StandardOpenOption.READ)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<Long>> results = new ArrayList<>();
            for (long[] blob : blobs) {
                results.add(pool.submit(() -> inflate(channel, blob[0], blob[1])));
            }
            for (Future<Long> f : results) {
                total += f.get();
            }
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d %.3f%n", total, seconds);
    }

    /** Drains one blob if it is gzip; 0 otherwise. */
    static long inflate(FileChannel channel, long offset, long size) throws IOException {
        InputStream raw = new BufferedInputStream(new InputStream() {
            long position = offset;
            final long end = offset + size;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (position >= end) {
                    return -1;
                }
                int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - position)), position);
                position += n;
                return n;
            }
        }, 65536);
        raw.mark(2);
        if (raw.read() != 0x1f || raw.read() != 0x8b) {
            return 0;
        }
        raw.reset();
        long count = 0;
        byte[] buffer = new byte[65536];
        try (InputStream in = new GZIPInputStream(raw, 65536)) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                count += n;
            }
        }
        return count;
    }
}
