package dev.configunit.check;

import java.io.IOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What a rule tells its check function: which keys or values ({@code given}), the options ({@code with}), and how
 * to read files the options name relative to the rule file.
 */
public record CheckSpec(String given, JsonNode with, Resources resources) {

    public CheckSpec {
        with = with == null ? JsonNodeFactory.instance.objectNode() : with;
    }

    /**
     * Reads a file named in a rule's options, relative to the rule file.
     */
    @FunctionalInterface
    public interface Resources {
        String read(String relativePath) throws IOException;
    }
}
