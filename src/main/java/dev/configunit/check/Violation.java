package dev.configunit.check;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a check found: where (a JSON Pointer, on the key or on the value), which message variant, the non-secret
 * values for the message's placeholders, the clients it breaks, and whether it is worse than the rule's level.
 *
 * @param pointer the offending key's or value's pointer; {@code ""} for the whole file
 * @param onKey whether the key, not the value, is at fault
 * @param variant the message variant, {@code ""} for the rule's main message
 * @param args placeholder values; never secrets
 * @param clients the client profiles this breaks; empty means the rule's own list
 * @param escalated whether the rule's {@code escalated-level} applies
 */
public record Violation(String pointer, boolean onKey, String variant, Map<String, String> args,
        Set<String> clients, boolean escalated) {

    public Violation {
        args = Map.copyOf(args);
        clients = Set.copyOf(clients);
    }

    /** A fault in the member name at {@code pointer}. */
    public static Violation onKey(String pointer, String variant, Map<String, String> args) {
        return new Violation(pointer, true, variant, args, Set.of(), false);
    }

    /** A fault in the value at {@code pointer}. */
    public static Violation onValue(String pointer, String variant, Map<String, String> args) {
        return new Violation(pointer, false, variant, args, Set.of(), false);
    }

    /** The same violation, breaking only these clients. */
    public Violation breaking(String... clientIds) {
        return new Violation(pointer, onKey, variant, args, Set.of(clientIds), escalated);
    }

    /** The same violation, breaking only these clients. */
    public Violation breaking(List<String> clientIds) {
        return new Violation(pointer, onKey, variant, args, Set.copyOf(clientIds), escalated);
    }

    /** The same violation at the rule's escalated level. */
    public Violation escalate() {
        return new Violation(pointer, onKey, variant, args, clients, true);
    }

    /** Arguments in a stable order, for tests and messages. */
    public Map<String, String> sortedArgs() {
        return new TreeMap<>(args);
    }
}
