package dev.configunit.report;

import dev.configunit.finding.Finding;
import dev.configunit.rule.Rule;
import java.util.Optional;

/**
 * A finding as report files show it: with its rule, where its file is for dashboards, and a stable key.
 *
 * @param finding the finding
 * @param rule the rule that found it
 * @param artifact where its file is, relative to the working directory
 * @param key a stable, unique, non-secret identity: a hash of the rule id, the artifact path and the JSON
 *     pointer, then {@code :n} for the n-th finding with that hash; adding or removing lines leaves it as it is
 * @param suppression the justification if the finding is suppressed
 */
public record ReportedFinding(Finding finding, Rule rule, ArtifactPath artifact, String key,
        Optional<String> suppression) {
}
