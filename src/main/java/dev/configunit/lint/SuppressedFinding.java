package dev.configunit.lint;

import dev.configunit.finding.Finding;

/**
 * A finding that a suppression or baseline accepts: still reported (SARIF keeps it with its justification), but
 * left out of the exit code and of failing tests.
 */
public record SuppressedFinding(Finding finding, String justification) {
}
