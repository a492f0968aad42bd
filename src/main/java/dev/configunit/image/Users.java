package dev.configunit.image;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The users of an image's final {@code /etc/passwd}: names for uids, and whose home a directory is.
 */
final class Users {

    private final Map<Long, String> names = new HashMap<>();
    private final Map<String, Long> byName = new HashMap<>();
    private final Map<String, Long> byHome = new HashMap<>();

    Users(byte[] passwd) {
        if (passwd == null) {
            return;
        }
        for (String line : new String(passwd, StandardCharsets.UTF_8).split("\n")) {
            String[] fields = line.split(":", -1);
            if (fields.length < 6 || fields[0].isEmpty()) {
                continue;
            }
            try {
                long uid = Long.parseLong(fields[2].trim());
                names.putIfAbsent(uid, fields[0]);
                byName.putIfAbsent(fields[0], uid);
                String home = fields[5].trim();
                if (home.length() > 1 && home.endsWith("/")) {
                    home = home.substring(0, home.length() - 1);
                }
                if (home.startsWith("/") && !home.equals("/") && !home.equals("/nonexistent")) {
                    byHome.putIfAbsent(home, uid);
                }
            } catch (NumberFormatException e) {
                // not a passwd line; skip it
            }
        }
    }

    /** {@code uid 1000 (ci)}, or {@code uid 1000} when the image does not name it. */
    String render(long uid) {
        String name = names.get(uid);
        return name == null ? "uid " + uid : "uid " + uid + " (" + Printable.name(name) + ")";
    }

    Long ownerOfHome(String home) {
        return byHome.get(home);
    }

    /**
     * The uid of a config {@code User} ({@code name}, {@code uid}, {@code name:group}, {@code uid:gid}); 0 for
     * {@code ""}; {@code null} for a name the image does not know.
     */
    Long uidOf(String user) {
        if (user == null || user.isBlank()) {
            return 0L;
        }
        String name = user.split(":", 2)[0].trim();
        try {
            return Long.parseLong(name);
        } catch (NumberFormatException e) {
            return byName.get(name);
        }
    }

    /** Printing helper kept here so user names from an image pass through the same escaping as entry names. */
    private static final class Printable {
        static String name(String name) {
            return dev.configunit.check.Printable.of(name);
        }
    }
}
