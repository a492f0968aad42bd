package dev.configunit.source;

import java.util.Map;

/**
 * Something that makes an image unsafe to unpack or only partly readable: a hostile entry name, a digest mismatch,
 * a truncated layer, a missing blob, a cap exceeded. Never holds file content.
 *
 * @param variant the message variant of rule {@code docker/image-integrity}, e.g. {@code digest-mismatch}
 * @param args the message's placeholder values: {@code where} (layer and entry) and variant-specific ones
 */
public record ImageIssue(String variant, Map<String, String> args) {

    public ImageIssue {
        args = Map.copyOf(args);
    }
}
