package dev.configunit.engine;

import dev.configunit.finding.PrintableText;
import dev.configunit.lint.SourceReport;
import dev.configunit.source.CredentialSource;
import dev.configunit.source.ImageLocation;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A credential source: the container of its rules' tests. Its display name is the source's path (plus the layer, for a
 * file inside an image), followed for a {@code DOCKER_AUTH_CONFIG} value in a CI file by {@code #} and the variable's
 * pointer.
 */
final class SourceDescriptor extends AbstractTestDescriptor implements Node<ConfigUnitExecutionContext> {

    static final String SEGMENT = "source";

    /** Separates the file's URI from a variable's pointer in a segment value; a URI from {@code toUri()} has none. */
    private static final char VARIABLE_SEPARATOR = '#';
    private static final String NAMED = "name:";
    private static final String IMAGE = "image:";

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
        if (source.file() == null) {
            // A value from the environment, or a file of an image pulled from a registry: named, not re-selectable.
            return NAMED + source.title();
        }
        String uri = source.file().toAbsolutePath().normalize().toUri().toString();
        if (source.image() != null) {
            // Many sources share one image archive: the in-image path and the layer that added it tell them apart.
            ImageLocation image = source.image();
            return uri + VARIABLE_SEPARATOR + IMAGE + image.path()
                    + (image.layer() == null ? "" : "@" + image.layer().index());
        }
        return source.variable().isEmpty() ? uri : uri + VARIABLE_SEPARATOR + source.variable();
    }

    /** The file and variable pointer ({@code ""} for a whole file) a segment value names; empty if it names none. */
    static Optional<Target> parseSegmentValue(String value) {
        if (value.startsWith(NAMED)) {
            return Optional.empty();
        }
        int separator = value.indexOf(VARIABLE_SEPARATOR);
        if (separator >= 0 && value.startsWith(IMAGE, separator + 1)) {
            return Optional.empty(); // image sources are found by scanning the image, not by file discovery
        }
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
        return PrintableText.of(source.variable().isEmpty() ? source.title()
                : source.title() + VARIABLE_SEPARATOR + source.variable());
    }

    SourceReport report() {
        return report;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
