package dev.configunit.report;

import dev.configunit.finding.Level;
import dev.configunit.rule.Rule;
import java.util.Optional;

/**
 * Trouble the tool had, as opposed to a finding: an input it could not scan, a check that broke.
 *
 * @param level {@code WARNING} for a skipped input, {@code ERROR} for a broken check
 * @param message what happened, naming the input; never file content
 * @param rule the rule whose check broke, if any
 */
public record Notice(Level level, String message, Optional<Rule> rule) {
}
