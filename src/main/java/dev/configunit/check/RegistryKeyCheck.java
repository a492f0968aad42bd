package dev.configunit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code registry-key}: a non-Hub key not written {@code host[:port]}.
 *
 * <p>A scheme, an API-version path or a trailing slash works in the Docker CLI only through its legacy fallback
 * loop, which picks one key at random when several match; for {@code credHelpers} there is no fallback at all
 * (§1.4, §1.5). Without a scheme, podman reads the path as a namespace (§2.3) and GitLab Runner keeps it (§4.2).
 * Host names compare case-sensitively in docker and podman, and {@code :443} is part of the compared string.
 * Keys with another path and no scheme are namespaced keys, reported by {@code namespace-key}.
 */
final class RegistryKeyCheck implements Check {

    @Override
    public void check(CheckContext context, ViolationSink sink) {
        for (KeyedMember keyed : KeyedMember.all(context.config())) {
            RegistryKey key = keyed.key();
            if (key.isDockerHub()) {
                continue;
            }
            List<String> faults = new ArrayList<>();
            List<String> clients = new ArrayList<>();
            if (!key.scheme().isEmpty()) {
                faults.add("a scheme");
                clients.add("docker");
            }
            if (!key.path().isEmpty()) {
                if (key.scheme().isEmpty() && !key.pathIsVersionOrSlash()) {
                    continue; // a namespace: namespace-key's concern
                }
                faults.add(key.path().equals("/") ? "a trailing slash" : "a path");
                clients.add("docker");
                if (key.scheme().isEmpty()) {
                    clients.add("podman");
                    if (!key.path().equals("/")) {
                        clients.add("gitlab-runner"); // it removes one trailing slash (§4.2)
                    }
                }
            }
            if (!key.host().equals(key.host().toLowerCase(java.util.Locale.ROOT))) {
                faults.add("upper-case letters");
                clients.add("docker");
                clients.add("podman");
            }
            if (key.port().equals("443")) {
                faults.add("the default port :443");
                clients.add("docker");
                clients.add("podman");
                clients.add("gitlab-runner");
            }
            if (faults.isEmpty()) {
                continue;
            }
            String variant = keyed.map().equals("auths") ? "" : "helper";
            sink.report(Violation.onKey(keyed.member().pointer(), variant, Map.of(
                            "key", key.display(),
                            "map", keyed.map(),
                            "faults", joined(faults),
                            "fix", key.canonicalHost()))
                    .breaking(clients.stream().distinct().toList()));
        }
    }

    /** "a scheme, a path and upper-case letters". */
    private static String joined(List<String> faults) {
        if (faults.size() == 1) {
            return faults.get(0);
        }
        return String.join(", ", faults.subList(0, faults.size() - 1)) + " and " + faults.get(faults.size() - 1);
    }
}
