package dev.configunit.check;

import dev.configunit.parse.DuplicateKey;
import dev.configunit.parse.JsonPointers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code duplicate-registry}: one registry under two keys, or one key written twice (§1.4, §2.3, §4.2, §9).
 *
 * <p>Each client groups keys its own way, and is hurt only where its lookup cannot tell the keys apart:
 * <ul>
 *   <li>Docker CLI: keys converted to their host ({@code ConvertToHostname}); the exact host key wins, else one
 *       is taken at random in Go's map order. Docker Hub is looked up under its one canonical key only, so Hub
 *       spellings never compete there ({@code docker/hub-key} reports them).</li>
 *   <li>podman: scheme keys stripped and cut, Hub hosts normalised; the exact registry key wins, else a random
 *       one; a namespaced key is a different, more specific key.</li>
 *   <li>GitLab Runner: keys normalised to a lower-case registry path; the first in sorted order wins and the
 *       others are dropped.</li>
 * </ul>
 * A key written twice in the JSON text is decoded by Go as the last one only; the first is dead text.
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
        report("auths", context.config().auths(), sink);
        report("credHelpers", context.config().credHelpers(), sink);
    }

    private static void report(String map, List<DockerConfigView.Member> members, ViolationSink sink) {
        Map<DockerConfigView.Member, Set<String>> hurt = new LinkedHashMap<>();
        Map<DockerConfigView.Member, DockerConfigView.Member> firstOf = new LinkedHashMap<>();
        collide(members, DuplicateRegistryCheck::dockerKey, "docker", hurt, firstOf);
        collide(members, DuplicateRegistryCheck::podmanKey, "podman", hurt, firstOf);
        collide(members, DuplicateRegistryCheck::runnerKey, "gitlab-runner", hurt, firstOf);
        for (Map.Entry<DockerConfigView.Member, Set<String>> entry : hurt.entrySet()) {
            RegistryKey key = RegistryKey.parse(entry.getKey().key());
            RegistryKey other = RegistryKey.parse(firstOf.get(entry.getKey()).key());
            sink.report(Violation.onKey(entry.getKey().pointer(), "", Map.of(
                            "key", key.display(), "other", other.display(), "map", map))
                    .breaking(List.copyOf(entry.getValue())));
        }
    }

    /**
     * Groups the keys by {@code normalise} ({@code null}: not looked up by this client); in a group where no key
     * is the client's exact lookup key, every key after the first is hurt.
     */
    private static void collide(List<DockerConfigView.Member> members, Function<String, Lookup> normalise,
            String client, Map<DockerConfigView.Member, Set<String>> hurt,
            Map<DockerConfigView.Member, DockerConfigView.Member> firstOf) {
        Map<String, List<DockerConfigView.Member>> groups = new LinkedHashMap<>();
        Map<String, Boolean> exact = new LinkedHashMap<>();
        for (DockerConfigView.Member member : members) {
            Lookup lookup = normalise.apply(member.key());
            if (lookup == null) {
                continue;
            }
            groups.computeIfAbsent(lookup.group(), g -> new ArrayList<>()).add(member);
            exact.merge(lookup.group(), lookup.exact(), Boolean::logicalOr);
        }
        for (Map.Entry<String, List<DockerConfigView.Member>> group : groups.entrySet()) {
            List<DockerConfigView.Member> keys = group.getValue();
            if (keys.size() < 2 || (exact.get(group.getKey()) && !client.equals("gitlab-runner"))) {
                continue;
            }
            for (DockerConfigView.Member member : keys.subList(1, keys.size())) {
                hurt.computeIfAbsent(member, m -> new LinkedHashSet<>()).add(client);
                firstOf.putIfAbsent(member, keys.get(0));
            }
        }
    }

    /** A key's group for one client, and whether it is the exact key that client looks up first. */
    private record Lookup(String group, boolean exact) {
    }

    /** docker/cli {@code ConvertToHostname}: scheme dropped, cut at the first '/', case kept (§1.4). */
    private static Lookup dockerKey(String raw) {
        RegistryKey key = RegistryKey.parse(raw);
        if (key.isDockerHub()) {
            return null;
        }
        return new Lookup(key.host(), raw.equals(key.host()));
    }

    /** containers/image {@code normalizeAuthFileKey} (§2.3). */
    private static Lookup podmanKey(String raw) {
        RegistryKey key = RegistryKey.parse(raw);
        boolean scheme = raw.startsWith("http://") || raw.startsWith("https://");
        String group = scheme ? key.host() : raw;
        if (group.equals("docker.io") || group.equals("index.docker.io") || group.equals("registry-1.docker.io")) {
            return new Lookup("docker.io", raw.equals("docker.io"));
        }
        return new Lookup(group, !scheme);
    }

    /** GitLab Runner {@code convertToRegistryPath} (§4.2). */
    private static Lookup runnerKey(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            String host = RegistryKey.parse(lower).host();
            return new Lookup(host.equals("index.docker.io") ? "docker.io" : host, true);
        }
        String path = raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
        int slash = path.lastIndexOf('/');
        int colon = path.lastIndexOf(':');
        if (slash >= 0 && colon > slash) {
            path = path.substring(0, colon); // a :tag after the last '/'
        }
        int first = path.indexOf('/');
        String host = first < 0 ? path : path.substring(0, first);
        return new Lookup(host.toLowerCase(Locale.ROOT) + (first < 0 ? "" : path.substring(first)), true);
    }
}
