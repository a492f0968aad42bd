package dev.configunit.image;

import dev.configunit.source.FileFacts;
import dev.configunit.source.HelperLookup;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The image's final filesystem as far as the checks need it: users, the file facts of a candidate (mode and owner
 * after layer application, the owner of its home, the user the image runs as), and which credential helpers are
 * on the image's {@code PATH}.
 */
final class FinalFilesystem implements HelperLookup {

    private static final Pattern RUN_CONTAINERS = Pattern.compile("/run/containers/(\\d+)/auth\\.json");
    private static final int MAX_HOPS = 16;

    private final Resolver resolver;
    private final ImageConfig config;
    private final Users users;

    FinalFilesystem(Resolver resolver, ImageConfig config) {
        this.resolver = resolver;
        this.config = config;
        int passwdLayer = resolver.visibleLayerOf("/etc/passwd");
        this.users = new Users(passwdLayer < 0 ? null : resolver.layer(passwdLayer).passwd);
    }

    /**
     * The facts of a candidate added by {@code layer} as they were while it was visible: up to the layer that hid
     * it, or in the final filesystem.
     */
    FileFacts facts(Candidate candidate, int layer, Resolver.Hidden hidden) {
        int limit = hidden == null ? resolver.count() - 1 : hidden.layer() - 1;
        String dir = EntryPaths.parent(candidate.path());
        String dirName = EntryPaths.basename(dir);
        long[] dirMeta = resolver.directory(dir, limit);
        Long homeOwner = homeOwner(candidate.path(), dir, dirName, limit);
        // The image's user matters for the file its clients read: $DOCKER_CONFIG/config.json or $REGISTRY_AUTH_FILE.
        Long runsAs = isTheUsersFile(candidate.path(), dir) ? users.uidOf(config.user()) : null;
        return new FileFacts(candidate.mode() & 0777, users.render(candidate.uid()), dirName,
                dirMeta == null ? -1 : (int) (dirMeta[0] & 0777),
                homeOwner == null ? null : users.render(homeOwner),
                runsAs == null || runsAs == 0 ? null : users.render(runsAs));
    }

    private boolean isTheUsersFile(String path, String dir) {
        String dockerConfig = config.envValue("DOCKER_CONFIG");
        String authFile = config.envValue("REGISTRY_AUTH_FILE");
        return dockerConfig != null && dir.equals(EntryPaths.inImage(dockerConfig))
                || authFile != null && path.equals(EntryPaths.inImage(authFile));
    }

    private Long homeOwner(String path, String dir, String dirName, int limit) {
        Matcher runtime = RUN_CONTAINERS.matcher(path);
        if (runtime.matches()) {
            return Long.parseLong(runtime.group(1));
        }
        String home = null;
        if (dirName.equals(".docker")) {
            home = EntryPaths.parent(dir);
        } else if (dirName.equals("containers") && EntryPaths.basename(EntryPaths.parent(dir)).equals(".config")) {
            home = EntryPaths.parent(EntryPaths.parent(dir));
        }
        if (home == null || home.equals("/")) {
            return null;
        }
        Long owner = users.ownerOfHome(home);
        if (owner != null) {
            return owner;
        }
        long[] meta = resolver.directory(home, limit);
        if (meta == null && home.equals("/root")) {
            return 0L; // root's home by convention, when the image has no passwd and no entry for /root
        }
        return meta == null ? null : meta[1];
    }

    @Override
    public boolean isInstalled(String program) {
        for (String dir : config.path().split(":")) {
            if (!dir.startsWith("/")) {
                continue;
            }
            String resolved = resolveDirectory(dir);
            if (resolved == null) {
                continue;
            }
            String file = (resolved.equals("/") ? "" : resolved) + "/" + program;
            int layer = resolver.visibleLayerOf(file);
            if (layer >= 0) {
                Integer mode = resolver.layer(layer).helpers.get(file);
                if (mode != null && (mode < 0 || (mode & 0111) != 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String searchPath() {
        return "PATH=" + dev.configunit.check.Printable.of(config.path()) + " of the image";
    }

    /** Follows the image's symbolic links along a directory path ({@code /bin} → {@code /usr/bin}). */
    String resolveDirectory(String dir) {
        String normalised = EntryPaths.inImage(dir);
        if (normalised == null) {
            return null;
        }
        String current = "/";
        String rest = normalised;
        for (int hops = 0; hops < MAX_HOPS && !rest.isEmpty() && !rest.equals("/"); ) {
            String trimmed = rest.startsWith("/") ? rest.substring(1) : rest;
            int slash = trimmed.indexOf('/');
            String part = slash < 0 ? trimmed : trimmed.substring(0, slash);
            rest = slash < 0 ? "" : trimmed.substring(slash);
            String next = (current.equals("/") ? "" : current) + "/" + part;
            int layer = resolver.visibleLayerOf(next);
            String target = layer < 0 ? null : resolver.layer(layer).symlinks.get(next);
            if (target != null) {
                hops++;
                rest = target + rest;
                current = "/";
            } else {
                current = next;
            }
        }
        return current;
    }
}
