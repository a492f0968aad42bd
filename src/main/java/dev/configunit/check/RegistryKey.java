package dev.configunit.check;

import java.util.Locale;

/**
 * A key of {@code auths} or {@code credHelpers}, taken apart the way the clients compare it (§1.4, §2.3, §4.2).
 *
 * @param raw the key as written
 * @param scheme the scheme before {@code ://}, or {@code ""}
 * @param host the host and port, as written (case kept)
 * @param path what follows the host, starting with {@code /}, or {@code ""}
 * @param userInfo whether the key carries {@code user[:password]@} before the host
 */
public record RegistryKey(String raw, String scheme, String host, String path, boolean userInfo) {

    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");
    private static final java.util.Set<String> HUB_HOSTS =
            java.util.Set.of("docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com");

    public static RegistryKey parse(String raw) {
        String rest = raw;
        String scheme = "";
        int sep = rest.indexOf("://");
        // Only a URL scheme is one: in "user:pass@host://x" the text before "://" holds the password (found by fuzzing).
        if (sep >= 0 && SCHEME.matcher(rest.substring(0, sep)).matches()) {
            scheme = rest.substring(0, sep);
            rest = rest.substring(sep + 3);
        }
        boolean userInfo = false;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            userInfo = true; // user[:password]@, even when the password holds a '/'
            rest = rest.substring(at + 1);
        }
        int slash = rest.indexOf('/');
        String host = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash);
        return new RegistryKey(raw, scheme, host, path, userInfo);
    }

    /** The host in lower case, without a port. */
    public String hostName() {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close < 0 ? h : h.substring(0, close + 1);
        }
        int colon = h.lastIndexOf(':');
        return colon < 0 || h.indexOf(':') != colon ? h : h.substring(0, colon);
    }

    /**
     * The port as written, or {@code ""}: after {@code ]} for a bracketed IPv6 host, else after the only colon. It
     * agrees with {@link #hostName()}, so that {@code host::1]:5000} is not given its port twice (found by fuzzing).
     */
    public String port() {
        String h = host;
        int colon = h.lastIndexOf(':');
        if (colon < 0) {
            return "";
        }
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close >= 0 && colon > close ? h.substring(colon + 1) : "";
        }
        return h.indexOf(':') == colon ? h.substring(colon + 1) : "";
    }

    /** Whether the key names Docker Hub in any of its spellings. */
    public boolean isDockerHub() {
        return HUB_HOSTS.contains(hostName());
    }

    public boolean isCanonicalHubKey() {
        return raw.equals(DockerConfigView.HUB_KEY);
    }

    /** {@code host[:port]} in lower case, without {@code :443}: the form every client finds. */
    public String canonicalHost() {
        String name = hostName();
        String port = port().toLowerCase(Locale.ROOT); // a port that is not a number keeps no upper case either (fuzzing)
        return port.isEmpty() || port.equals("443") ? name : name + ":" + port;
    }

    /** Whether the path is only an API version ({@code /v1}, {@code /v2/}) or a lone slash. */
    public boolean pathIsVersionOrSlash() {
        return path.matches("/(v[12]/?)?");
    }

    /**
     * The key as it may be shown: anything up to the last {@code @} after the scheme (user information, even with
     * a {@code /} in its password) replaced by {@code ***}.
     */
    public String display() {
        int at = raw.lastIndexOf('@');
        if (at < 0) {
            return raw;
        }
        String prefix = scheme.isEmpty() ? "" : scheme + "://";
        return prefix + "***" + raw.substring(at);
    }

    /** A JSON Pointer with every reference token shown as {@link #display()} shows a key. */
    public static String maskPointer(String pointer) {
        String shown = "";
        for (String token : dev.configunit.parse.JsonPointers.tokens(pointer)) {
            shown = dev.configunit.parse.JsonPointers.child(shown, parse(token).display());
        }
        return shown;
    }
}
