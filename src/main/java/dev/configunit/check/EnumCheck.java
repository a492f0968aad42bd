package dev.configunit.check;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code enum}: every selected member name or string value must be one of {@code with.values}, e.g. an
 * allow-list of registries or of credential helpers.
 */
final class EnumCheck implements Check {

    private final GivenPath given;
    private final Set<String> values;

    private EnumCheck(GivenPath given, Set<String> values) {
        this.given = given;
        this.values = values;
    }

    static EnumCheck from(CheckSpec spec) {
        JsonNode list = spec.with().get("values");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new IllegalArgumentException("check \"enum\" needs with.values: a non-empty list of strings");
        }
        Set<String> values = new LinkedHashSet<>();
        for (JsonNode value : list) {
            if (!value.isString()) {
                throw new IllegalArgumentException("with.values must hold strings only");
            }
            values.add(value.asString());
        }
        return new EnumCheck(GenericChecks.given(spec), values);
    }

    @Override
    public void check(CheckContext context, ViolationSink sink) {
        for (GivenPath.Selected selected : given.select(context.document().root())) {
            String text = selected.onKey() ? selected.key() : selected.value().isString() ? selected.value().asString() : null;
            if (text == null || !values.contains(text)) {
                sink.report(GenericChecks.violation(selected, "", Map.of("allowed", String.join(", ", values))));
            }
        }
    }
}
