package dev.configunit.lint;

import dev.configunit.finding.Finding;
import java.util.Comparator;

/**
 * The one order of findings in every output: path, line, column, rule.
 */
public final class Findings {

    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(f -> f.region().line())
            .thenComparingInt(f -> f.region().column())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::fingerprint);

    private Findings() {
    }
}
