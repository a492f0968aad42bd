package dev.configunit.lint;

import dev.configunit.finding.Finding;
import dev.configunit.parse.Position;

/**
 * An accepted finding: a rule in a file, or one finding by its fingerprint, with the reason it is accepted.
 *
 * @param rule the rule id
 * @param path the finding's path as reports show it
 * @param fingerprint the one finding meant, or {@code null} for every finding of the rule in the file
 * @param reason why it is accepted
 * @param file the suppression file, for stale-entry messages
 * @param position where the entry is written in that file
 */
public record Suppression(String rule, String path, String fingerprint, String reason, String file,
        Position position) {

    boolean matches(Finding finding) {
        return rule.equals(finding.ruleId()) && path.equals(finding.path())
                && (fingerprint == null || fingerprint.equals(finding.fingerprint()));
    }
}
