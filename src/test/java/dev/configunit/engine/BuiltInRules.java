package dev.configunit.engine;

import dev.configunit.rule.Rule;
import dev.configunit.rule.RuleFileLoader;
import dev.configunit.source.SourceKind;
import java.util.List;
import java.util.function.Predicate;

/**
 * The built-in pack as the engine's tests see it: each source gets one test per rule that applies to its kind, so
 * every count of tests is derived from {@link RuleFileLoader#builtIn()} rather than written down, and stays right
 * when the pack grows.
 */
final class BuiltInRules {

    private BuiltInRules() {
    }

    /** The ids of the built-in rules that apply to {@code kind}, in id order: the tests of such a source. */
    static List<String> idsFor(SourceKind kind) {
        return rulesFor(kind).stream().map(Rule::id).toList();
    }

    /** How many tests a source of {@code kind} has. */
    static int countFor(SourceKind kind) {
        return rulesFor(kind).size();
    }

    /** How many of the built-in rules that apply to {@code kind} match {@code filter}. */
    static int countFor(SourceKind kind, Predicate<Rule> filter) {
        return (int) rulesFor(kind).stream().filter(filter).count();
    }

    /**
     * Whether a rule is skipped when only {@code client} is selected: it protects other clients only, and is not a
     * security rule (those report whatever the clients).
     */
    static Predicate<Rule> protectsOnlyOtherClientsThan(String client) {
        return rule -> !rule.security() && !rule.clients().isEmpty() && !rule.clients().contains(client);
    }

    private static List<Rule> rulesFor(SourceKind kind) {
        return RuleFileLoader.builtIn().rules().stream().filter(rule -> rule.appliesTo(kind)).toList();
    }
}
