package dev.configunit.check;

/**
 * {@code json-syntax}: the file must be JSON as Go's {@code encoding/json} reads it (§1.1, §11).
 *
 * <p>The parse happens once per source, before any check; this check is where its failure is reported, and a
 * file that parsed has nothing more to show here.
 */
final class JsonSyntaxCheck implements Check {

    @Override
    public void check(CheckContext context, ViolationSink sink) {
        // A parsed document is valid JSON; the linter reports parse failures against this rule.
    }

    @Override
    public boolean reportsParseFailures() {
        return true;
    }
}
