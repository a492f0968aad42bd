package dev.configunit.check;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import dev.configunit.parse.JsonPointers;
import dev.configunit.parse.SchemaErrors;
import java.util.Map;

/**
 * {@code schema}: the document must satisfy a JSON Schema, validated with the networknt validator.
 *
 * <p>With a {@code given}, each selected value is validated on its own. The message names the offending
 * location and what was expected, from the validator's keyword and the schema, never from the instance value;
 * user information in a registry key is masked.
 */
final class SchemaCheck implements Check {

    private final Schema schema;
    private final GivenPath given;

    SchemaCheck(Schema schema, GivenPath given) {
        this.schema = schema;
        this.given = given;
    }

    @Override
    public void check(CheckContext context, ViolationSink sink) {
        for (GivenPath.Selected selected : given.select(context.document().root())) {
            validate(selected.value(), selected.pointer(), sink);
        }
    }

    private void validate(tools.jackson.databind.JsonNode value, String base, ViolationSink sink) {
        for (Error error : schema.validate(value)) {
            String pointer = base + SchemaErrors.pointerOf(error);
            boolean onKey = false;
            if (error.getProperty() != null && !"required".equals(error.getKeyword())) {
                pointer = JsonPointers.child(pointer, error.getProperty());
                onKey = true;
            }
            Map<String, String> args = Map.of(
                    "pointer", pointer.isEmpty() ? "/" : GenericChecks.maskedPointer(pointer),
                    "keyword", String.valueOf(error.getKeyword()),
                    "expected", SchemaExpectations.describe(error));
            sink.report(onKey ? Violation.onKey(pointer, "", args) : Violation.onValue(pointer, "", args));
        }
    }
}
