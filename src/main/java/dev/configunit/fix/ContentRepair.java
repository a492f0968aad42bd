package dev.configunit.fix;

import dev.configunit.parse.GoJsonReader;
import dev.configunit.parse.JsonSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The repaired text of a credential file, edited token by token, and what was repaired.
 *
 * @param text the text to write; the original when nothing needed repair
 * @param repairs what was done, in words fit for any output
 */
record ContentRepair(String text, List<String> repairs) {

    ContentRepair {
        repairs = List.copyOf(repairs);
    }

    boolean changed() {
        return !repairs.isEmpty();
    }

    /**
     * Plans the repair of a document {@link GoJsonReader} accepts.
     *
     * @param text the document
     * @param legacy whether it is a {@code .dockercfg}, whose top level is the {@code auths} map itself
     * @param hubKey the key Docker Hub entries get
     */
    static ContentRepair of(String text, boolean legacy, String hubKey) throws Refusal {
        JsonOutline.Value root = JsonOutline.of(text);
        if (!root.isObject()) {
            throw new Refusal("the top level is not a JSON object, so no client reads the file; correct it by hand");
        }
        TextEdits edits = new TextEdits(text);
        List<String> repairs = new ArrayList<>();
        RegistryMapRepair maps = new RegistryMapRepair(hubKey, edits, repairs);
        if (legacy) {
            maps.auths(root);
        } else {
            JsonOutline.Member auths = field(root, "auths");
            if (auths != null && auths.value().isObject()) {
                maps.auths(auths.value());
            }
            JsonOutline.Member helpers = field(root, "credHelpers");
            if (helpers != null && helpers.value().isObject()) {
                maps.credHelpers(helpers.value(), text);
            }
        }
        if (!maps.refusals().isEmpty()) {
            throw new Refusal(maps.refusals());
        }
        if (edits.isEmpty()) {
            return new ContentRepair(text, List.of());
        }
        String fixed = edits.apply();
        try {
            GoJsonReader.read(fixed);
        } catch (JsonSyntaxException e) {
            throw new IllegalStateException("fix produced text that is not JSON at " + e.position());
        }
        return new ContentRepair(fixed, repairs);
    }

    /** The one top-level member Go reads as {@code name}; refused when several spellings would be merged. */
    private static JsonOutline.Member field(JsonOutline.Value root, String name) throws Refusal {
        JsonOutline.Member found = null;
        for (JsonOutline.Member member : root.members()) {
            if (member.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                if (found != null) {
                    throw new Refusal("the file has more than one top-level \"" + name + "\" (in any letter case), "
                            + "which Go merges; merge them by hand");
                }
                found = member;
            }
        }
        return found;
    }
}
