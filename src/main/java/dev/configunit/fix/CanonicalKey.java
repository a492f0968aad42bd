package dev.configunit.fix;

import dev.configunit.check.DockerConfigView;
import dev.configunit.check.RegistryKey;

/**
 * The key an {@code auths} or {@code credHelpers} entry is rewritten to (rules.md {@code docker/hub-key},
 * {@code docker/registry-key}).
 *
 * <p>Docker Hub in any spelling becomes {@code https://index.docker.io/v1/}, the one key the Docker CLI, dockerd and
 * go-containerregistry look up (docker-auth-semantics.md §1.4, §3), or {@code docker.io} in a file for podman alone,
 * which is what {@code podman login} writes (§2.4). Any other key with a scheme, an API-version path, a trailing
 * slash, upper case or {@code :443} becomes {@code host[:port]}. A key with a repository path and no scheme is a
 * namespace to podman and GitLab Runner (§2.3, §4.2) and is left alone.
 */
final class CanonicalKey {

    /** The Docker Hub key {@code podman login} writes. */
    static final String PODMAN_HUB_KEY = "docker.io";

    private CanonicalKey() {
    }

    /** The Hub key for the clients a file is fixed for: docker's unless podman is selected without docker. */
    static String hubKeyFor(java.util.Set<String> clients) {
        return clients.contains("podman") && !clients.contains("docker") ? PODMAN_HUB_KEY : DockerConfigView.HUB_KEY;
    }

    /** The key to write for {@code raw}: {@code raw} itself when it is already right or is a namespace. */
    static String of(String raw, String hubKey) throws Refusal {
        RegistryKey key = RegistryKey.parse(raw);
        if (key.userInfo()) {
            throw new Refusal("key \"" + key.display() + "\" carries user information before the host; no client "
                    + "reads it there. Remove it by hand and rotate that secret");
        }
        if (key.scheme().isEmpty() && !key.path().isEmpty() && !key.pathIsVersionOrSlash()) {
            return raw;
        }
        if (key.isDockerHub()) {
            return hubKey;
        }
        String host = key.canonicalHost();
        if (host.isEmpty()) {
            throw new Refusal("key \"" + raw + "\" names no host; correct it by hand");
        }
        return host;
    }
}
