package dev.configunit.check;

import dev.configunit.parse.DuplicateKey;
import dev.configunit.parse.JsonPointers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code duplicate-registry}: one registry under two keys, or one key written twice (§1.4, §9).
 *
 * <p>Keys that name the same host make the Docker CLI's fallback pick one at random per run, podman take the
 * exact key first and then a random one, and GitLab Runner keep the first in sorted order. A key written twice
 * in the JSON text is decoded by Go as the last one only; the first is dead text.
 */
final class DuplicateRegistryCheck implements Check {

    @Override
    public void check(CheckContext context, ViolationSink sink) {
        for (DuplicateKey duplicate : context.document().duplicates()) {
            String key = JsonPointers.lastToken(duplicate.pointer());
            sink.report(Violation.onKey(duplicate.pointer(), "literal", Map.of(
                    "key", RegistryKey.parse(key).display(),
                    "line", Integer.toString(duplicate.first().line()))));
        }
        for (String map : List.of("auths", "credHelpers")) {
            List<DockerConfigView.Member> members = map.equals("auths")
                    ? context.config().auths() : context.config().credHelpers();
            Map<String, DockerConfigView.Member> seen = new LinkedHashMap<>();
            for (DockerConfigView.Member member : members) {
                RegistryKey key = RegistryKey.parse(member.key());
                String registry = key.isDockerHub() ? "docker.io" : key.canonicalHost();
                DockerConfigView.Member first = seen.putIfAbsent(registry, member);
                if (first == null) {
                    continue;
                }
                RegistryKey firstKey = RegistryKey.parse(first.key());
                boolean bothNamespaces = isNamespace(key) && isNamespace(firstKey);
                List<String> clients = new ArrayList<>(List.of("docker"));
                if (!bothNamespaces) {
                    clients.add("podman");
                    clients.add("gitlab-runner");
                }
                sink.report(Violation.onKey(member.pointer(), "", Map.of(
                        "key", key.display(), "other", firstKey.display(), "registry", registry, "map", map))
                        .breaking(clients));
            }
        }
    }

    private static boolean isNamespace(RegistryKey key) {
        return key.scheme().isEmpty() && !key.path().isEmpty() && !key.pathIsVersionOrSlash();
    }
}
