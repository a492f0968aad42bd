package dev.configunit.engine;

import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * The execution context: every source was linted at discovery and its descriptors hold the outcome, so it only
 * carries the listener that report entries go to.
 */
final class ConfigUnitExecutionContext implements EngineExecutionContext {

    private final EngineExecutionListener listener;

    ConfigUnitExecutionContext(EngineExecutionListener listener) {
        this.listener = listener;
    }

    EngineExecutionListener listener() {
        return listener;
    }
}
