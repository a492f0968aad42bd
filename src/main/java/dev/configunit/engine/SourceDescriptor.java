package dev.configunit.engine;

import dev.configunit.finding.PrintableText;
import dev.configunit.lint.SourceReport;
import dev.configunit.source.CredentialSource;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A credential source: the container of its rules' tests. Its display name is the source's path, followed for a
 * {@code DOCKER_AUTH_CONFIG} value in a CI file by {@code #} and the variable's pointer.
 */
final class SourceDescriptor extends AbstractTestDescriptor implements Node<ConfigUnitExecutionContext> {

    static final String SEGMENT = "source";

    /** Separates the file's URI from a variable's pointer in a segment value; a URI from {@code toUri()} has none. */
    private static final char VARIABLE_SEPARATOR = '#';

    private final SourceReport report;

    SourceDescriptor(UniqueId uniqueId, SourceReport report, FileSource source) {
        super(uniqueId, displayName(report.source()), source);
        this.report = report;
    }

    /**
     * The unique-id value of a source: its absolute {@code file:} URI, and for a variable written in the file
     * {@code #} and the variable's pointer, so that two variables of one file have two ids.
     */
    static String segmentValue(CredentialSource source) {
        String uri = source.file().toAbsolutePath().normalize().toUri().toString();
        return source.variable().isEmpty() ? uri : uri + VARIABLE_SEPARATOR + source.variable();
    }

    /** The file and variable pointer ({@code ""} for a whole file) a segment value names; empty if it names none. */
    static Optional<Target> parseSegmentValue(String value) {
        int separator = value.indexOf(VARIABLE_SEPARATOR);
        String uri = separator < 0 ? value : value.substring(0, separator);
        String variable = separator < 0 ? "" : value.substring(separator + 1);
        try {
            return Optional.of(new Target(Path.of(URI.create(uri)), variable));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    /** What a source's unique id names: a file, and a variable in it or {@code ""}. */
    record Target(Path file, String variable) {
    }

    /** Shown in IDEs and on build consoles: a file name's control characters are escaped. */
    private static String displayName(CredentialSource source) {
        return PrintableText.of(source.variable().isEmpty() ? source.displayPath()
                : source.displayPath() + VARIABLE_SEPARATOR + source.variable());
    }

    SourceReport report() {
        return report;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
