package dev.configunit.engine;

import dev.configunit.lint.SourceReport;
import java.nio.file.Path;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A credential source: the container of its rules' tests. Its display name is the source's path (plus the layer, for a
 * file inside an image).
 */
final class SourceDescriptor extends AbstractTestDescriptor implements Node<ConfigUnitExecutionContext> {

    static final String SEGMENT = "source";

    private final SourceReport report;

    SourceDescriptor(UniqueId uniqueId, SourceReport report) {
        super(uniqueId, report.source().title(), FileSource.from(report.source().file().toFile()));
        this.report = report;
    }

    /** The unique-id value of a source: its absolute {@code file:} URI. */
    static String segmentValue(Path file) {
        return file.toAbsolutePath().normalize().toUri().toString();
    }

    SourceReport report() {
        return report;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
