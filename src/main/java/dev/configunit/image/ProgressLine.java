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
    private volatile boolean finished;
    private long lastDrawn;

    ProgressLine(PrintWriter out, String image, AtomicLong bytes) {
        this.out = out;
        this.image = image;
        this.bytes = bytes;
    }

    void layers(int count) {
        layers = count;
        draw(true);
        if (out != null) {
            Thread ticker = new Thread(() -> {
                while (!finished) {
                    draw(false);
                    try {
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "configunit-progress");
            ticker.setDaemon(true);
            ticker.start();
        }
    }

    void layerDone() {
        done.incrementAndGet();
        draw(true);
    }

    private synchronized void draw(boolean force) {
        if (out == null || finished) {
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

    synchronized void finish() {
        finished = true;
        if (out != null) {
            out.print("\r\u001b[K");
            out.flush();
        }
    }
}
