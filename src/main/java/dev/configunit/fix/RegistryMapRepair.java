package dev.configunit.fix;

import dev.configunit.check.RegistryKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renames the keys of {@code auths} or {@code credHelpers} to their canonical form and merges entries that then name
 * the same registry, when they agree (rules.md {@code docker/hub-key}, {@code docker/registry-key},
 * {@code docker/duplicate-registry}).
 *
 * <p>Entries that name one registry with different credentials or helpers are a choice only the user can make: the
 * Docker CLI would pick one at random (§1.4, §9), so the file is refused. An empty entry ({@code {}}, what a
 * credential helper leaves) carries nothing and gives way to one that has credentials.
 */
final class RegistryMapRepair {

    private final String hubKey;
    private final TextEdits edits;
    private final List<String> repairs;
    private final List<String> refusals = new ArrayList<>();

    RegistryMapRepair(String hubKey, TextEdits edits, List<String> repairs) {
        this.hubKey = hubKey;
        this.edits = edits;
        this.repairs = repairs;
    }

    /** Every refusal met so far, so that one run lists them all. */
    List<String> refusals() {
        return refusals;
    }

    private record Candidate(JsonOutline.Member member, EntryRepair entry, String helper) {

        boolean carries() {
            return entry != null ? !entry.credentials().isEmpty() : !helper.isEmpty();
        }
    }

    /** Repairs the {@code auths} map (or a legacy {@code .dockercfg}, whose top level is that map). */
    void auths(JsonOutline.Value map) {
        Map<String, List<Candidate>> byRegistry = new LinkedHashMap<>();
        for (JsonOutline.Member member : map.members()) {
            try {
                String target = CanonicalKey.of(member.name(), hubKey);
                Candidate candidate = new Candidate(member, EntryRepair.of(member, member.name()), null);
                byRegistry.computeIfAbsent(target, t -> new ArrayList<>()).add(candidate);
            } catch (Refusal refusal) {
                refusals.addAll(refusal.reasons());
            }
        }
        for (Map.Entry<String, List<Candidate>> registry : byRegistry.entrySet()) {
            List<Candidate> candidates = registry.getValue();
            Set<EntryCredentials> distinct = candidates.stream().map(c -> c.entry().credentials())
                    .filter(c -> !c.isEmpty()).collect(Collectors.toSet());
            if (distinct.size() > 1) {
                refusals.add(keys(candidates) + " name the same registry (\"" + registry.getKey() + "\") with "
                        + "different credentials, and the Docker CLI would pick one at random; keep one by hand "
                        + "(docker/duplicate-registry)");
                continue;
            }
            Candidate kept = keep(map, registry.getKey(), candidates, "auths");
            repairs.addAll(kept.entry().apply(edits));
        }
    }

    /** Repairs the {@code credHelpers} map. */
    void credHelpers(JsonOutline.Value map, String text) {
        Map<String, List<Candidate>> byRegistry = new LinkedHashMap<>();
        for (JsonOutline.Member member : map.members()) {
            try {
                String target = CanonicalKey.of(member.name(), hubKey);
                JsonOutline.Value value = member.value();
                String helper = value.isString() ? value.string() : text.substring(value.start(), value.end());
                byRegistry.computeIfAbsent(target, t -> new ArrayList<>()).add(new Candidate(member, null, helper));
            } catch (Refusal refusal) {
                refusals.addAll(refusal.reasons());
            }
        }
        for (Map.Entry<String, List<Candidate>> registry : byRegistry.entrySet()) {
            List<Candidate> candidates = registry.getValue();
            Set<String> helpers = candidates.stream().map(Candidate::helper).filter(h -> !h.isEmpty())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            if (helpers.size() > 1) {
                refusals.add("credHelpers " + keys(candidates) + " name the same registry (\""
                        + registry.getKey() + "\") with different helpers; keep one by hand (docker/duplicate-registry)");
                continue;
            }
            keep(map, registry.getKey(), candidates, "credHelpers");
        }
    }

    /**
     * Keeps one candidate under the target key and removes the others: the one that carries credentials, else the one
     * already keyed right, else the first.
     */
    private Candidate keep(JsonOutline.Value map, String target, List<Candidate> candidates, String mapName) {
        Candidate kept = candidates.stream().filter(Candidate::carries).filter(c -> c.member().name().equals(target))
                .findFirst()
                .or(() -> candidates.stream().filter(Candidate::carries).findFirst())
                .or(() -> candidates.stream().filter(c -> c.member().name().equals(target)).findFirst())
                .orElse(candidates.get(0));
        String key = kept.member().name();
        if (!key.equals(target)) {
            edits.renameKey(kept.member(), target);
            String rule = RegistryKey.parse(key).isDockerHub() ? "docker/hub-key" : "docker/registry-key";
            repairs.add("renamed " + mapName + " key \"" + key + "\" to \"" + target + "\" (" + rule + ")");
        }
        for (Candidate other : candidates) {
            if (other != kept) {
                edits.remove(map, other.member());
                repairs.add("merged " + mapName + " key \"" + other.member().name() + "\" into \"" + target
                        + "\": the same registry, and nothing that disagrees (docker/duplicate-registry)");
            }
        }
        return kept;
    }

    private static String keys(List<Candidate> candidates) {
        return "keys " + candidates.stream().map(c -> "\"" + c.member().name() + "\"").distinct()
                .collect(Collectors.joining(" and "));
    }
}
