package dev.configunit.check;

import dev.configunit.parse.JsonPointers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A credential document read the way Go's {@code encoding/json} fills docker/cli's {@code ConfigFile}.
 *
 * <p>Go matches a JSON member to a struct field case-insensitively, and when several members match, each one is
 * applied in order: maps ({@code auths}, {@code credHelpers}) are merged, with a later entry for the same registry
 * replacing an earlier one; strings are overwritten (docker-auth-semantics.md §1.2).
 */
public final class DockerConfigView {

    /** The one Docker Hub key the Docker CLI looks up (§1.4). */
    public static final String HUB_KEY = "https://index.docker.io/v1/";

    private final JsonNode root;
    private final boolean legacy;

    /**
     * @param root the document
     * @param legacy whether it is a {@code .dockercfg}, whose top level is the {@code auths} map itself
     */
    DockerConfigView(JsonNode root, boolean legacy) {
        this.root = root;
        this.legacy = legacy;
    }

    /** The entries of {@code auths}, by registry key, each with its pointer. */
    public List<Member> auths() {
        if (legacy) {
            List<Member> entries = new ArrayList<>();
            if (root.isObject()) {
                root.properties().forEach(e -> entries.add(new Member(e.getKey(), JsonPointers.child("", e.getKey()),
                        e.getValue())));
            }
            return entries;
        }
        return mapMembers("auths");
    }

    /** The entries of {@code credHelpers}, by registry key. */
    public List<Member> credHelpers() {
        return legacy ? List.of() : mapMembers("credHelpers");
    }

    /** The member that sets a top-level field, if any (the last one that matches, as in Go). */
    public Member field(String name) {
        return legacy ? null : lastMatching(root, "", name);
    }

    /** The member of an {@code auths} entry that sets {@code name} ({@code auth}, {@code password}, ...). */
    public Member entryField(Member entry, String name) {
        return lastMatching(entry.value(), entry.pointer(), name);
    }

    /** A non-empty string value of an entry's field, or {@code null}. */
    public Member nonEmptyString(Member entry, String name) {
        Member field = entryField(entry, name);
        return field != null && field.value().isString() && !field.value().asString().isEmpty() ? field : null;
    }

    /** Whether any entry holds a secret inline: a non-empty {@code auth}, {@code password} or token. */
    public boolean holdsInlineSecret() {
        for (Member entry : auths()) {
            for (String field : InlineSecrets.FIELDS) {
                if (nonEmptyString(entry, field) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<Member> mapMembers(String field) {
        if (!root.isObject()) {
            return List.of();
        }
        Map<String, Member> merged = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> top : root.properties()) {
            if (!foldEquals(top.getKey(), field) || !top.getValue().isObject()) {
                continue;
            }
            String mapPointer = JsonPointers.child("", top.getKey());
            for (Map.Entry<String, JsonNode> entry : top.getValue().properties()) {
                merged.remove(entry.getKey());
                merged.put(entry.getKey(), new Member(entry.getKey(), JsonPointers.child(mapPointer, entry.getKey()),
                        entry.getValue()));
            }
        }
        return new ArrayList<>(merged.values());
    }

    private static Member lastMatching(JsonNode object, String pointer, String name) {
        if (object == null || !object.isObject()) {
            return null;
        }
        Member found = null;
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            if (foldEquals(member.getKey(), name)) {
                found = new Member(member.getKey(), JsonPointers.child(pointer, member.getKey()), member.getValue());
            }
        }
        return found;
    }

    /** Go's field-name folding for ASCII names (the only ones docker's structs have). */
    static boolean foldEquals(String jsonName, String fieldName) {
        return jsonName.toLowerCase(Locale.ROOT).equals(fieldName.toLowerCase(Locale.ROOT));
    }

    /**
     * A JSON member: its name as written, its pointer and its value.
     */
    public record Member(String key, String pointer, JsonNode value) {
    }
}
