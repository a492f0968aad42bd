package dev.configunit.engine;

import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * The execution context: every source was linted at discovery and its descriptors hold the outcome, so it only
 * carries the listener that report entries go to, and the report files to write at the end.
 */
final class ConfigUnitExecutionContext implements EngineExecutionContext {

    private final EngineExecutionListener listener;
    private final EngineReports reports;

    ConfigUnitExecutionContext(EngineExecutionListener listener, EngineReports reports) {
        this.listener = listener;
        this.reports = reports;
    }

    EngineExecutionListener listener() {
        return listener;
    }

    EngineReports reports() {
        return reports;
    }
}
