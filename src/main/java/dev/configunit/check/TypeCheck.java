package dev.configunit.check;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code type}: every selected value must be of {@code with.type}: one of {@code object}, {@code array},
 * {@code string}, {@code number}, {@code boolean}, {@code null}, or a list of them.
 */
final class TypeCheck implements Check {

    private static final List<String> TYPES = List.of("object", "array", "string", "number", "boolean", "null");

    private final GivenPath given;
    private final Set<String> types;

    private TypeCheck(GivenPath given, Set<String> types) {
        this.given = given;
        this.types = types;
    }

    static TypeCheck from(CheckSpec spec) {
        JsonNode option = spec.with().get("type");
        Set<String> types = new LinkedHashSet<>();
        if (option != null && option.isString()) {
            types.add(option.asString());
        } else if (option != null && option.isArray()) {
            option.forEach(t -> types.add(t.asString()));
        }
        if (types.isEmpty() || !TYPES.containsAll(types)) {
            throw new IllegalArgumentException("check \"type\" needs with.type: one or a list of " + String.join(", ", TYPES));
        }
        if (GenericChecks.given(spec).selectsKeys()) {
            throw new IllegalArgumentException("check \"type\" applies to values; remove the trailing ~ from given");
        }
        return new TypeCheck(GenericChecks.given(spec), types);
    }

    @Override
    public void check(CheckContext context, ViolationSink sink) {
        for (GivenPath.Selected selected : given.select(context.document().root())) {
            if (!types.contains(typeOf(selected.value()))) {
                sink.report(GenericChecks.violation(selected, "", Map.of(
                        "expected", String.join(" or ", types), "actual", typeOf(selected.value()))));
            }
        }
    }

    static String typeOf(JsonNode node) {
        if (node.isObject()) {
            return "object";
        }
        if (node.isArray()) {
            return "array";
        }
        if (node.isString()) {
            return "string";
        }
        if (node.isNumber()) {
            return "number";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        return "null";
    }
}
