package dev.configunit.check;

/**
 * Receives the violations a check finds.
 */
@FunctionalInterface
public interface ViolationSink {

    void report(Violation violation);
}
