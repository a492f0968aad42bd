package dev.configunit.check;

import dev.configunit.parse.JsonPointers;
import java.util.HashMap;
import java.util.Map;

/**
 * What the generic check functions share: reading {@code given}, and violations that name where, never what.
 *
 * <p>Generic checks run user rules over documents that hold secrets, so their messages get the member name
 * ({@code {key}}) and the location ({@code {pointer}}) as placeholders, never the value.
 */
final class GenericChecks {

    private GenericChecks() {
    }

    static GivenPath given(CheckSpec spec) {
        return GivenPath.parse(spec.given());
    }

    /** The pointer with any {@code user:password@} in a registry key replaced by {@code ***@}. */
    static String maskedPointer(String pointer) {
        return RegistryKey.maskPointer(pointer);
    }

    static Violation violation(GivenPath.Selected selected, String variant, Map<String, String> extra) {
        Map<String, String> args = new HashMap<>(extra);
        String key = selected.key() == null ? JsonPointers.lastToken(selected.pointer()) : selected.key();
        args.put("key", RegistryKey.parse(key).display());
        args.put("pointer", selected.pointer().isEmpty() ? "/" : maskedPointer(selected.pointer()));
        return selected.onKey()
                ? Violation.onKey(selected.pointer(), variant, args)
                : Violation.onValue(selected.pointer(), variant, args);
    }
}
