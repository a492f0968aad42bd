package dev.configunit.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules in force for a scan, sorted by id.
 */
public final class RuleSet {

    private final Map<String, Rule> byId;

    RuleSet(List<Rule> rules) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(Rule::id));
        Map<String, Rule> map = new LinkedHashMap<>();
        sorted.forEach(rule -> map.put(rule.id(), rule));
        this.byId = map;
    }

    public List<Rule> rules() {
        return List.copyOf(byId.values());
    }

    public Optional<Rule> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }
}
