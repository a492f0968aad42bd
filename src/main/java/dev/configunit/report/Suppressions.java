package dev.configunit.report;

import dev.configunit.finding.Finding;
import java.util.Optional;

/**
 * Which findings a user has accepted (a baseline, an ignore file), and why.
 *
 * <p>Reports keep a suppressed finding and mark it: SARIF as an external suppression with the justification.
 */
@FunctionalInterface
public interface Suppressions {

    /** No finding is suppressed. */
    Suppressions NONE = finding -> Optional.empty();

    /** The justification if {@code finding} is suppressed, else empty. */
    Optional<String> justification(Finding finding);
}
