package dev.configunit.engine;

import dev.configunit.rule.Rule;
import dev.configunit.rule.RuleFileLoader;
import dev.configunit.source.SourceKind;
import java.util.List;
import java.util.Set;

/**
 * The built-in rules a source gets as tests, counted from the shipped catalogue, so that engine tests follow the
 * catalogue as it grows instead of a number written down when it had nine rules.
 */
final class BuiltInRules {

    private BuiltInRules() {
    }

    /** The ids of the built-in rules that apply to a kind, in id order (the order of a source's tests). */
    static List<String> idsFor(SourceKind kind) {
        return RuleFileLoader.builtIn().rules().stream().filter(rule -> rule.appliesTo(kind)).map(Rule::id).sorted()
                .toList();
    }

    /** How many tests a {@code config.json} gets. */
    static int forDockerConfig() {
        return idsFor(SourceKind.DOCKER_CONFIG).size();
    }

    /** How many of a {@code config.json}'s tests are skipped because they protect none of {@code clients}. */
    static int skippedForDockerConfig(Set<String> clients) {
        return (int) RuleFileLoader.builtIn().rules().stream()
                .filter(rule -> rule.appliesTo(SourceKind.DOCKER_CONFIG))
                .filter(rule -> !rule.security() && !rule.clients().isEmpty())
                .filter(rule -> rule.clients().stream().noneMatch(clients::contains))
                .count();
    }
}
