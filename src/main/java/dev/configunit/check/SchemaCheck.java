package dev.configunit.check;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import dev.configunit.parse.JsonPointers;
import java.util.Map;

/**
 * {@code schema}: the document must satisfy a JSON Schema, validated with the networknt validator.
 *
 * <p>The message names the offending location and what was expected, from the validator's keyword and the
 * schema, never from the instance value; user information in a registry key is masked.
 */
final class SchemaCheck implements Check {

    private final Schema schema;

    SchemaCheck(Schema schema) {
        this.schema = schema;
    }

    @Override
    public void check(CheckContext context, ViolationSink sink) {
        for (Error error : schema.validate(context.document().root())) {
            String pointer = pointerOf(error);
            boolean onKey = false;
            if (error.getProperty() != null && !"required".equals(error.getKeyword())) {
                pointer = JsonPointers.child(pointer, error.getProperty());
                onKey = true;
            }
            Map<String, String> args = Map.of(
                    "pointer", pointer.isEmpty() ? "/" : displayed(pointer),
                    "keyword", String.valueOf(error.getKeyword()),
                    "expected", SchemaExpectations.describe(error));
            sink.report(onKey ? Violation.onKey(pointer, "", args) : Violation.onValue(pointer, "", args));
        }
    }

    /** The pointer as a message may show it: user information in a registry key masked, as the other checks do. */
    static String displayed(String pointer) {
        String shown = "";
        for (String token : JsonPointers.tokens(pointer)) {
            shown = JsonPointers.child(shown, RegistryKey.parse(token).display());
        }
        return shown;
    }

    static String pointerOf(Error error) {
        var path = error.getInstanceLocation();
        String pointer = "";
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer = element instanceof Integer index
                    ? JsonPointers.child(pointer, index)
                    : JsonPointers.child(pointer, String.valueOf(element));
        }
        return pointer;
    }
}
