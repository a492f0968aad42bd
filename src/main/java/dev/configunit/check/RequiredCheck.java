package dev.configunit.check;

import dev.configunit.parse.JsonPointers;
import java.util.List;
import java.util.Map;

/**
 * {@code required}: the last member of {@code given} must be present in every object the rest selects, e.g.
 * {@code given: /credsStore} demands a {@code credsStore}, {@code given: /auths/&#42;/auth} an {@code auth} in every
 * entry. The violation is reported at the object that lacks it.
 */
final class RequiredCheck implements Check {

    private final GivenPath parent;
    private final String member;

    private RequiredCheck(GivenPath parent, String member) {
        this.parent = parent;
        this.member = member;
    }

    static RequiredCheck from(CheckSpec spec) {
        GivenPath given = GenericChecks.given(spec);
        List<String> tokens = given.tokens();
        if (tokens.isEmpty() || given.selectsKeys() || tokens.get(tokens.size() - 1).equals("*")) {
            throw new IllegalArgumentException("check \"required\" needs a given that ends with a member name, "
                    + "e.g. /credsStore or /auths/*/auth");
        }
        String parentPointer = "";
        for (String token : tokens.subList(0, tokens.size() - 1)) {
            parentPointer = token.equals("*") ? parentPointer + "/*" : JsonPointers.child(parentPointer, token);
        }
        return new RequiredCheck(GivenPath.parse(parentPointer), tokens.get(tokens.size() - 1));
    }

    @Override
    public void check(CheckContext context, ViolationSink sink) {
        for (GivenPath.Selected selected : parent.select(context.document().root())) {
            if (selected.value().isObject() && !selected.value().has(member)) {
                sink.report(GenericChecks.violation(selected, "", Map.of("missing", member)));
            }
        }
    }
}
