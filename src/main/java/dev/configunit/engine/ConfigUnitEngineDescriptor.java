package dev.configunit.engine;

import dev.configunit.source.InputProblem;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * The engine's root. In {@link Constants#PATHS_PROPERTY_NAME} mode it carries a {@code ClassSource}, so that
 * Maven Surefire, which opens test sets only for class sources, counts and reports the engine's tests. When the
 * run ends it writes the configured report files.
 */
final class ConfigUnitEngineDescriptor extends EngineDescriptor implements Node<ConfigUnitExecutionContext> {

    private final EngineConfiguration configuration;
    private final boolean pathsMode;
    private final Set<InputProblem> skippedInputs = new LinkedHashSet<>();

    ConfigUnitEngineDescriptor(UniqueId uniqueId, EngineConfiguration configuration, boolean pathsMode) {
        super(uniqueId, "ConfigUnit");
        this.configuration = configuration;
        this.pathsMode = pathsMode;
    }

    EngineConfiguration configuration() {
        return configuration;
    }

    /** Records an input discovery could not scan, for the reports' tool notifications. */
    void skipped(InputProblem problem) {
        skippedInputs.add(problem);
    }

    List<InputProblem> skippedInputs() {
        return List.copyOf(skippedInputs);
    }

    @Override
    public void after(ConfigUnitExecutionContext context) {
        context.reports().write(this);
    }

    @Override
    public Optional<TestSource> getSource() {
        return pathsMode ? Optional.of(ClassSource.from(ConfigUnitTestEngine.class)) : Optional.empty();
    }
}
