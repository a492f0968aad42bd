package dev.configunit.check;

/**
 * A check function: looks at one parsed credential source and reports what is wrong with it.
 *
 * <p>Checks never see a rule's messages; they report a {@link Violation} with a variant and non-secret arguments,
 * and the rule file turns that into words.
 */
@FunctionalInterface
public interface Check {

    void check(CheckContext context, ViolationSink sink);

    /** Whether a source that cannot be parsed fails this check (and only this one) instead of skipping it. */
    default boolean reportsParseFailures() {
        return false;
    }
}
