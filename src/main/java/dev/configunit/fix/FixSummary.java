package dev.configunit.fix;

/**
 * What one {@code configunit fix} run did, counted by credential file.
 *
 * @param fixed files fixed (or that would be, in a dry run)
 * @param clean files that needed nothing
 * @param refused files left unchanged because a case was ambiguous, or that could not be read or written
 */
public record FixSummary(int fixed, int clean, int refused) {
}
