package dev.configunit.hostile;

import java.util.List;

/**
 * What one entry point must do with one hostile input: end with this exit code and, unless the input is rightly
 * silent, print a line that names the input and carries every fragment.
 *
 * @param exitCode the exit code (for the engine: 1 when a test failed, else 0)
 * @param named whether a line must name the input
 * @param fragments what that line must also say: a rule id, "skipped", part of the reason
 */
record Expectation(int exitCode, boolean named, List<String> fragments) {

    static Expectation named(int exitCode, String... fragments) {
        return new Expectation(exitCode, true, List.of(fragments));
    }

    /** Nothing to say about the input (a 0-byte config, a data file that is not a credential file). */
    static Expectation silent(int exitCode) {
        return new Expectation(exitCode, false, List.of());
    }
}
