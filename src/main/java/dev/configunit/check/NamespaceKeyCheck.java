package dev.configunit.check;

import java.util.Map;

/**
 * {@code namespace-key}: an {@code auths} key with a repository path and no scheme ({@code quay.io/org/app}).
 *
 * <p>One key, two meanings: podman uses it for that repository only (§2.3), while the Docker CLI's fallback cuts
 * it at the first {@code /} and uses it for every repository of the host (measured, §11), and GitLab Runner
 * matches it by path prefix (§4.2). Reported for the Docker profile only: for podman-only files it is correct.
 */
final class NamespaceKeyCheck implements Check {

    @Override
    public void check(CheckContext context, ViolationSink sink) {
        for (DockerConfigView.Member entry : context.config().auths()) {
            RegistryKey key = RegistryKey.parse(entry.key());
            // Docker Hub keys are never found by docker whatever their path (§1.4): hub-key reports them.
            if (key.isDockerHub() || !key.scheme().isEmpty() || key.path().isEmpty() || key.pathIsVersionOrSlash()) {
                continue;
            }
            sink.report(Violation.onKey(entry.pointer(), "", Map.of(
                    "key", key.display(), "host", key.host())).breaking("docker"));
        }
    }
}
