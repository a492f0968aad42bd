package dev.configunit.check;

import java.util.Map;

/**
 * {@code forbidden}: whatever {@code given} selects must not be there, e.g. {@code /auths/&#42;/password}.
 */
final class ForbiddenCheck implements Check {

    private final GivenPath given;

    private ForbiddenCheck(GivenPath given) {
        this.given = given;
    }

    static ForbiddenCheck from(CheckSpec spec) {
        if (spec.given() == null || spec.given().isEmpty()) {
            throw new IllegalArgumentException("check \"forbidden\" needs a given");
        }
        return new ForbiddenCheck(GenericChecks.given(spec));
    }

    @Override
    public void check(CheckContext context, ViolationSink sink) {
        for (GivenPath.Selected selected : given.select(context.document().root())) {
            sink.report(GenericChecks.violation(selected, "", Map.of()));
        }
    }
}
