package dev.configunit.image;

import dev.configunit.lint.Linter;
import dev.configunit.lint.ScanResult;
import dev.configunit.lint.SourceReport;
import dev.configunit.source.InputProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scans container images for credential files and leaks, without a Docker daemon (images.md).
 *
 * <p>Each image gives one report for itself — its config's {@code Env} and {@code history}, and the issues that
 * made it unsafe or only partly readable — plus one per credential file found in any layer, visible or only in
 * history, and one for a {@code DOCKER_AUTH_CONFIG} in its {@code Env}. Nothing is written to disk and the inputs
 * are only read. A broken image never stops the scan: it is a finding, and the next image is scanned.
 */
public final class ImageScan {

    private ImageScan() {
    }

    /**
     * Checks that a reference can name an image, without reading it.
     *
     * @return {@code null} if it can, else a message for the user
     */
    public static String validate(String reference) {
        try {
            ImageReference parsed = ImageReference.parse(reference);
            if (parsed.path() != null && !java.nio.file.Files.exists(parsed.path())) {
                return reference + ": no such file or directory";
            }
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Scans the images, in the order given, with the linter's rules. */
    public static ScanResult run(List<String> references, Linter linter, ImageScanOptions options) {
        List<SourceReport> reports = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(options.parallelism(), task -> {
            Thread thread = new Thread(task, "configunit-layer-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            ImageScanner scanner = new ImageScanner(linter, options, pool);
            for (String reference : references) {
                ImageReference parsed;
                try {
                    parsed = ImageReference.parse(reference);
                } catch (IllegalArgumentException e) {
                    problems.add(new InputProblem(reference, e.getMessage()));
                    continue;
                }
                reports.addAll(scanner.scan(parsed));
            }
        } finally {
            pool.shutdownNow();
        }
        return new ScanResult(reports, problems);
    }
}
