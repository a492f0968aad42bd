package dev.configunit.source;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Walks a directory tree on every core: one task per directory, symbolic links to directories not followed (so a
 * loop cannot trap the walk), {@code .git} skipped, and entries that cannot be read handed to the caller.
 *
 * <p>A repository walk is bounded by one {@code lstat} per entry; spreading directories over the cores is what
 * makes a large tree cheap.
 */
final class TreeWalk {

    /** What the walk reports; called from several threads at once. */
    interface Visitor {
        void file(Path file, BasicFileAttributes attributes);

        void failed(Path path, IOException e);
    }

    private TreeWalk() {
    }

    static void walk(Path root, Visitor visitor) {
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            pool.invoke(new Directory(root, visitor));
        } finally {
            pool.shutdown();
        }
    }

    private static final class Directory extends RecursiveAction {

        private final Path dir;
        private final Visitor visitor;

        Directory(Path dir, Visitor visitor) {
            this.dir = dir;
            this.visitor = visitor;
        }

        @Override
        protected void compute() {
            List<Directory> subdirectories = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    BasicFileAttributes attributes;
                    try {
                        attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    } catch (IOException e) {
                        visitor.failed(entry, e);
                        continue;
                    }
                    if (attributes.isDirectory()) {
                        if (!entry.getFileName().toString().equals(".git")) {
                            subdirectories.add(new Directory(entry, visitor));
                        }
                    } else {
                        visitor.file(entry, attributes);
                    }
                }
            } catch (IOException | RuntimeException e) {
                visitor.failed(dir, e instanceof IOException io ? io : new IOException(e.getClass().getSimpleName()));
                return;
            }
            invokeAll(subdirectories);
        }
    }
}
