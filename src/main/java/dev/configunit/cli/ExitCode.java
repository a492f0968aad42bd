package dev.configunit.cli;

/**
 * The exit codes of product.md's CLI contract.
 */
final class ExitCode {

    /** No finding at or above {@code --fail-on}. */
    static final int CLEAN = 0;
    /** Findings at or above {@code --fail-on}. */
    static final int FINDINGS = 1;
    /** A usage, configuration or rule-file error. */
    static final int USAGE = 2;

    private ExitCode() {
    }
}
