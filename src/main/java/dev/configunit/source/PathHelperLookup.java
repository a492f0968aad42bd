package dev.configunit.source;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Credential helpers of a running environment: executable files on its {@code PATH}, as Go's {@code exec.Command}
 * finds them (docker-auth-semantics.md §1.5, §5).
 */
public final class PathHelperLookup implements HelperLookup {

    private final String path;
    private final List<Path> directories = new ArrayList<>();

    private PathHelperLookup(String path) {
        this.path = path;
        for (String entry : path.split(":", -1)) {
            try {
                // An empty entry means the working directory in a POSIX PATH.
                directories.add(Path.of(entry.isEmpty() ? "." : entry));
            } catch (InvalidPathException ignored) {
                // not a directory anyone can run from
            }
        }
    }

    /** The lookup for a {@code PATH} value; {@code null} or empty searches nothing. */
    public static PathHelperLookup of(String path) {
        return new PathHelperLookup(path == null ? "" : path);
    }

    @Override
    public boolean isInstalled(String program) {
        if (path.isEmpty()) {
            return false;
        }
        for (Path dir : directories) {
            Path candidate = dir.resolve(program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String searchPath() {
        return "PATH=" + path;
    }
}
