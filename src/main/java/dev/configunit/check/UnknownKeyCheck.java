package dev.configunit.check;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code unknown-key}: a top-level key that no client reads (§1.2).
 *
 * <p>Go's decoder ignores unknown fields, so a misspelt {@code credsStore} silently disables the store
 * (docker/for-mac#7445); and it matches field names case-insensitively, so {@code "Auths"} works, but only by
 * accident: other tools (Jib matches case-insensitively too, but many do not) will not find it.
 */
final class UnknownKeyCheck implements Check {

    /** docker/cli's {@code ConfigFile} fields (§1.2). */
    static final List<String> FIELDS = List.of("auths", "HttpHeaders", "psFormat", "imagesFormat", "networksFormat",
            "pluginsFormat", "volumesFormat", "statsFormat", "serviceInspectFormat", "servicesFormat", "tasksFormat",
            "secretFormat", "configFormat", "nodesFormat", "detachKeys", "credsStore", "credHelpers", "pruneFilters",
            "proxies", "currentContext", "cliPluginsExtraDirs", "plugins", "aliases", "features");

    /** Fields older Docker versions wrote and newer ones ignore; common in real files and harmless. */
    private static final Set<String> RETIRED = Set.of("experimental", "stackorchestrator", "kubernetes");

    @Override
    public void check(CheckContext context, ViolationSink sink) {
        if (!context.document().root().isObject()) {
            return;
        }
        for (String key : context.document().root().propertyNames()) {
            if (FIELDS.contains(key) || RETIRED.contains(key.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String pointer = dev.configunit.parse.JsonPointers.child("", key);
            String sameField = FIELDS.stream().filter(f -> f.equalsIgnoreCase(key)).findFirst().orElse(null);
            if (sameField != null) {
                sink.report(Violation.onKey(pointer, "case", Map.of("key", key, "suggestion", sameField)));
                continue;
            }
            String suggestion = nearest(key);
            sink.report(suggestion == null
                    ? Violation.onKey(pointer, "", Map.of("key", RegistryKey.parse(key).display()))
                    : Violation.onKey(pointer, "suggestion", Map.of("key", key, "suggestion", suggestion)));
        }
    }

    /** The known field within edit distance 2 (case ignored), or {@code auths} for an entry-level field. */
    static String nearest(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        if (Set.of("auth", "username", "password", "identitytoken", "registrytoken", "email").contains(lower)) {
            return "auths";
        }
        String best = null;
        int bestDistance = 3;
        for (String field : FIELDS) {
            int distance = distance(lower, field.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = field;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2) {
            return 3;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
