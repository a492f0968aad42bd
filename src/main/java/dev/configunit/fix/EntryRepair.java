package dev.configunit.fix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The repair of one {@code auths} entry: {@code auth} re-encoded, plaintext {@code username}/{@code password} moved
 * into {@code auth}, {@code email} and {@code serveraddress} dropped — what {@code docker login} writes (§1.2, §1.7).
 *
 * <p>It is planned before it is applied, so that the entries that name one registry can be compared first and only
 * the one that stays is edited.
 */
final class EntryRepair {

    private static final Set<String> FIELDS =
            Set.of("auth", "username", "password", "identitytoken", "registrytoken", "email", "serveraddress");
    /** A list, not a set: refusals are listed in this order, the same in every run (a Set.of order is not). */
    private static final List<String> STRING_FIELDS =
            List.of("auth", "username", "password", "identitytoken", "registrytoken");

    private final EntryCredentials credentials;
    private final List<Consumer<TextEdits>> edits;
    private final List<String> repairs;

    private EntryRepair(EntryCredentials credentials, List<Consumer<TextEdits>> edits, List<String> repairs) {
        this.credentials = credentials;
        this.edits = edits;
        this.repairs = repairs;
    }

    /** Plans the repair of the entry keyed {@code key}. */
    static EntryRepair of(JsonOutline.Member entry, String key) throws Refusal {
        JsonOutline.Value value = entry.value();
        if (!value.isObject()) {
            throw new Refusal("entry \"" + key + "\" is not a JSON object; correct it by hand");
        }
        Map<String, JsonOutline.Member> fields = new HashMap<>();
        for (JsonOutline.Member member : value.members()) {
            String name = member.name().toLowerCase(Locale.ROOT);
            if (FIELDS.contains(name) && fields.put(name, member) != null) {
                throw new Refusal("entry \"" + key + "\" sets \"" + name + "\" twice (Go matches field names in any "
                        + "letter case and keeps the last); keep one by hand");
            }
        }
        for (String name : STRING_FIELDS) {
            JsonOutline.Member member = fields.get(name);
            if (member != null && !member.value().isString()) {
                throw new Refusal("\"" + name + "\" of \"" + key + "\" is not a string; correct it by hand");
            }
        }
        List<Consumer<TextEdits>> edits = new ArrayList<>();
        List<String> repairs = new ArrayList<>();
        JsonOutline.Member auth = fields.get("auth");
        JsonOutline.Member username = fields.get("username");
        JsonOutline.Member password = fields.get("password");
        String authValue = text(auth);
        String newAuth = authValue;
        if (!authValue.isEmpty()) {
            AuthRepair.Result result = AuthRepair.ofAuth(authValue, key);
            newAuth = result.auth();
            if (result.changed()) {
                String written = newAuth;
                edits.add(e -> e.replaceString(auth.value(), written));
                repairs.addAll(result.repairs());
            }
        } else if (!text(username).isEmpty() || !text(password).isEmpty()) {
            AuthRepair.Result result = AuthRepair.ofPlaintext(text(username), text(password), key);
            newAuth = result.auth();
            String written = newAuth;
            JsonOutline.Member carrier = auth != null ? auth : username;
            if (auth == null) {
                edits.add(e -> e.renameKey(username, "auth"));
            } else if (username != null) {
                edits.add(e -> e.remove(value, username));
            }
            edits.add(e -> e.replaceString(carrier.value(), written));
            if (password != null) {
                edits.add(e -> e.remove(value, password));
            }
            repairs.addAll(result.repairs());
        }
        for (String legacy : List.of("email", "serveraddress")) {
            JsonOutline.Member member = fields.get(legacy);
            if (member != null) {
                edits.add(e -> e.remove(value, member));
                repairs.add("removed \"" + member.name() + "\" from \"" + key + "\" (docker/legacy-field)");
            }
        }
        EntryCredentials credentials = new EntryCredentials(newAuth, text(fields.get("identitytoken")),
                text(fields.get("registrytoken")));
        return new EntryRepair(credentials, edits, repairs);
    }

    /** What the entry gives a client once repaired. */
    EntryCredentials credentials() {
        return credentials;
    }

    /** Applies the repair and says what it did. */
    List<String> apply(TextEdits target) {
        edits.forEach(edit -> edit.accept(target));
        return repairs;
    }

    private static String text(JsonOutline.Member member) {
        return member == null ? "" : member.value().string();
    }
}
