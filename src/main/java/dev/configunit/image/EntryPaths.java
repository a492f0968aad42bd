package dev.configunit.image;

import dev.configunit.source.SourceKind;

/**
 * In-image paths of tar entries, and which of them are credential file candidates.
 */
final class EntryPaths {

    private EntryPaths() {
    }

    /**
     * The absolute in-image path of an entry name: {@code ./root/x}, {@code root/x/} and {@code /root/x} all give
     * {@code /root/x}; {@code null} if a {@code ..} segment occurs (path traversal).
     */
    static String inImage(String name) {
        String relative = BlobNames.normalise(name);
        return relative == null ? null : "/" + relative;
    }

    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    static String basename(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Resolves a symbolic link's target against the link's directory; {@code null} if it climbs above the root. */
    static String resolveLink(String linkPath, String target) {
        String base = target.startsWith("/") ? "" : parent(linkPath);
        StringBuilder path = new StringBuilder(base.equals("/") ? "" : base);
        for (String part : target.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                int slash = path.lastIndexOf("/");
                if (slash < 0) {
                    return null;
                }
                path.setLength(slash);
            } else {
                path.append('/').append(part);
            }
        }
        return path.length() == 0 ? "/" : path.toString();
    }

    /** The kind of a file its name and place alone make a candidate, or {@code null}. */
    static SourceKind namedKind(String path) {
        String name = basename(path);
        String dir = basename(parent(path));
        if (name.equals("config.json") && dir.equals(".docker")) {
            return SourceKind.DOCKER_CONFIG;
        }
        if (name.equals("auth.json") && dir.equals("containers")) {
            return SourceKind.CONTAINERS_AUTH;
        }
        return null;
    }

    /** The kind of a {@code *.json} file whose content marks it as a credential file. */
    static SourceKind sniffedKind(String path) {
        return basename(path).equals("auth.json") ? SourceKind.CONTAINERS_AUTH : SourceKind.DOCKER_CONFIG;
    }
}
