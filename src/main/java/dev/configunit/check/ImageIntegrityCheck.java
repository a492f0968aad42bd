package dev.configunit.check;

import dev.configunit.source.ImageIssue;
import dev.configunit.source.ImageLocation;
import java.util.Set;

/**
 * {@code image-integrity}: what made an image unsafe to unpack or only partly readable — a hostile entry name, a
 * digest mismatch, a truncated or corrupt layer, a missing blob, a cap exceeded (images.md "Hostile archives").
 *
 * <p>The image scanner records these as {@link ImageIssue}s on the image's own source; this check turns each into
 * a violation. Damage that left part of the image unscanned is escalated: a clean result would be a false promise.
 */
final class ImageIntegrityCheck implements Check {

    /** Variants that only warn: the image was fully read, but an unpacker trusting it would misbehave. */
    private static final Set<String> WARNINGS = Set.of("absolute-path", "symlink-escape");

    @Override
    public void check(CheckContext context, ViolationSink sink) {
        ImageLocation image = context.source().image();
        if (image == null) {
            return;
        }
        for (ImageIssue issue : image.issues()) {
            Violation violation = Violation.onValue("", issue.variant(), issue.args());
            sink.report(WARNINGS.contains(issue.variant()) ? violation : violation.escalate());
        }
    }
}
