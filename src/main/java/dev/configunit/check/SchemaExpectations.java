package dev.configunit.check;

import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Words for what a schema keyword expected, taken from the schema alone so that no instance value is repeated.
 */
final class SchemaExpectations {

    private SchemaExpectations() {
    }

    static String describe(Error error) {
        JsonNode schemaNode = error.getSchemaNode();
        String keyword = String.valueOf(error.getKeyword());
        return switch (keyword) {
            case "type" -> "must be " + types(schemaNode == null ? null : schemaNode.get("type"), schemaNode);
            case "required" -> "must have the member \"" + error.getProperty() + "\"";
            case "additionalProperties", "unevaluatedProperties" -> "is not an allowed member";
            case "enum" -> "must be one of the allowed values";
            case "const" -> "must be the required constant";
            case "pattern" -> "must match the pattern " + text(schemaNode, "pattern");
            case "minLength", "maxLength", "minItems", "maxItems", "minimum", "maximum", "minProperties",
                    "maxProperties" -> "must satisfy " + keyword + " " + text(schemaNode, keyword);
            default -> "must satisfy the schema keyword \"" + keyword + "\"";
        };
    }

    private static String types(JsonNode type, JsonNode schemaNode) {
        JsonNode t = type != null ? type : schemaNode;
        if (t == null) {
            return "of another type";
        }
        List<String> names = new ArrayList<>();
        if (t.isArray()) {
            t.forEach(n -> names.add(n.asString()));
        } else {
            names.add(t.asString());
        }
        boolean nullable = names.remove("null");
        List<String> words = names.stream().map(SchemaExpectations::article).toList();
        String joined = String.join(" or ", words);
        return nullable ? joined + " (or null)" : joined;
    }

    private static String article(String type) {
        return switch (type) {
            case "object", "array", "integer" -> "an " + type;
            default -> "a " + type;
        };
    }

    private static String text(JsonNode schemaNode, String keyword) {
        if (schemaNode == null) {
            return "";
        }
        JsonNode value = schemaNode.has(keyword) ? schemaNode.get(keyword) : schemaNode;
        return value.isString() ? value.asString() : value.toString();
    }
}
