package dev.configunit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code hub-key}: a Docker Hub entry keyed anything but exactly {@code https://index.docker.io/v1/}.
 *
 * <p>The Docker CLI, dockerd and go-containerregistry look Hub credentials and helpers up under that exact key
 * only (docker-auth-semantics.md §1.4, §1.5, §3). GitLab Runner normalises {@code docker.io} and
 * {@code http(s)://} keys but not {@code index.docker.io} or {@code registry-1.docker.io} (§4.2). podman finds
 * every lower-case spelling in {@code auths} except a path without a scheme, which it reads as a namespace, and
 * only {@code docker.io} in {@code credHelpers}, which it looks up by exact registry host (§2.3).
 */
final class HubKeyCheck implements Check {

    /** The keys containers/image's normalizeRegistry maps to Docker Hub, compared exactly (§2.3). */
    private static final java.util.Set<String> PODMAN_HUB_KEYS =
            java.util.Set.of("docker.io", "index.docker.io", "registry-1.docker.io");

    @Override
    public void check(CheckContext context, ViolationSink sink) {
        for (KeyedMember keyed : KeyedMember.all(context.config())) {
            RegistryKey key = keyed.key();
            if (!key.isDockerHub() || key.isCanonicalHubKey()) {
                continue;
            }
            String variant = keyed.map().equals("auths") ? "" : "helper";
            sink.report(Violation.onKey(keyed.member().pointer(), variant,
                            Map.of("key", key.display(), "map", keyed.map(), "fix", DockerConfigView.HUB_KEY))
                    .breaking(clientsBrokenBy(key, keyed.map())));
        }
    }

    static List<String> clientsBrokenBy(RegistryKey key, String map) {
        List<String> clients = new ArrayList<>();
        clients.add("docker");
        boolean runnerFinds = key.scheme().toLowerCase(java.util.Locale.ROOT).matches("https?")
                ? key.hostName().equals("index.docker.io") || key.hostName().equals("docker.io")
                : key.scheme().isEmpty() && key.hostName().equals("docker.io")
                        && key.path().replaceAll("/$", "").isEmpty();
        if (!runnerFinds) {
            clients.add("gitlab-runner");
        }
        boolean podmanFinds = map.equals("credHelpers")
                ? key.raw().equals("docker.io")
                : PODMAN_HUB_KEYS.contains(podmanNormalised(key.raw()));
        if (!podmanFinds) {
            clients.add("podman");
        }
        return clients;
    }

    /** containers/image's normalizeAuthFileKey: a literal http:// or https:// is stripped and the path cut (§2.3). */
    private static String podmanNormalised(String raw) {
        for (String prefix : new String[] {"http://", "https://"}) {
            if (raw.startsWith(prefix)) {
                String rest = raw.substring(prefix.length());
                int slash = rest.indexOf('/');
                return slash < 0 ? rest : rest.substring(0, slash);
            }
        }
        return raw;
    }
}
