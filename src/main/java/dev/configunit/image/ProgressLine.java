package dev.configunit.image;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One line on a terminal's stderr, redrawn at most four times a second: image, layers done, MiB read.
 */
final class ProgressLine {

    private final PrintWriter out;
    private final String image;
    private final AtomicLong bytes;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int layers;
    private long lastDrawn;

    ProgressLine(PrintWriter out, String image, AtomicLong bytes) {
        this.out = out;
        this.image = image;
        this.bytes = bytes;
    }

    void layers(int count) {
        layers = count;
        draw(true);
    }

    void layerDone() {
        done.incrementAndGet();
        draw(true);
    }

    /** Called from the reading threads; cheap when nothing is drawn. */
    void tick() {
        draw(false);
    }

    private synchronized void draw(boolean force) {
        if (out == null) {
            return;
        }
        long now = System.nanoTime();
        if (!force && now - lastDrawn < 250_000_000L) {
            return;
        }
        lastDrawn = now;
        out.print("\r\u001b[K" + image + ": " + done.get() + "/" + (layers == 0 ? "?" : layers) + " layers, "
                + bytes.get() / (1024 * 1024) + " MiB read");
        out.flush();
    }

    void finish() {
        if (out != null) {
            out.print("\r\u001b[K");
            out.flush();
        }
    }
}
