package dev.configunit.engine;

import java.util.Optional;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * The engine's root. In {@link Constants#PATHS_PROPERTY_NAME} mode it carries a {@code ClassSource}, so that
 * Maven Surefire, which opens test sets only for class sources, counts and reports the engine's tests.
 */
final class ConfigUnitEngineDescriptor extends EngineDescriptor implements Node<ConfigUnitExecutionContext> {

    private final EngineConfiguration configuration;
    private final boolean pathsMode;

    ConfigUnitEngineDescriptor(UniqueId uniqueId, EngineConfiguration configuration, boolean pathsMode) {
        super(uniqueId, "ConfigUnit");
        this.configuration = configuration;
        this.pathsMode = pathsMode;
    }

    EngineConfiguration configuration() {
        return configuration;
    }

    @Override
    public Optional<TestSource> getSource() {
        return pathsMode ? Optional.of(ClassSource.from(ConfigUnitTestEngine.class)) : Optional.empty();
    }
}
