package dev.configunit.check;

import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;

/**
 * {@code pattern}: every selected string (a member name with {@code ~}, else a value) must match {@code match}
 * and must not match {@code notMatch} (Java regular expressions, searched with {@code find}; anchor them).
 */
final class PatternCheck implements Check {

    private final GivenPath given;
    private final Pattern match;
    private final Pattern notMatch;

    private PatternCheck(GivenPath given, Pattern match, Pattern notMatch) {
        this.given = given;
        this.match = match;
        this.notMatch = notMatch;
    }

    static PatternCheck from(CheckSpec spec) {
        Pattern match = pattern(spec.with(), "match");
        Pattern notMatch = pattern(spec.with(), "notMatch");
        if (match == null && notMatch == null) {
            throw new IllegalArgumentException("check \"pattern\" needs with.match or with.notMatch");
        }
        return new PatternCheck(GenericChecks.given(spec), match, notMatch);
    }

    private static Pattern pattern(JsonNode with, String option) {
        JsonNode value = with.get(option);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            throw new IllegalArgumentException("with." + option + " must be a string (a regular expression)");
        }
        try {
            return Pattern.compile(value.asString());
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("with." + option + " is not a valid regular expression: "
                    + e.getDescription());
        }
    }

    @Override
    public void check(CheckContext context, ViolationSink sink) {
        for (GivenPath.Selected selected : given.select(context.document().root())) {
            String text = selected.onKey() ? selected.key() : selected.value().isString() ? selected.value().asString() : null;
            if (text == null) {
                continue;
            }
            if (match != null && !match.matcher(text).find()) {
                sink.report(GenericChecks.violation(selected, "", Map.of()));
            } else if (notMatch != null && notMatch.matcher(text).find()) {
                sink.report(GenericChecks.violation(selected, "", Map.of()));
            }
        }
    }
}
