package dev.configunit.parse;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A JSON or YAML document as a Jackson tree, with the position of each key and value and the repeated keys.
 */
public record ParsedJson(JsonNode root, PositionIndex positions, List<DuplicateKey> duplicates) {

    public ParsedJson {
        duplicates = List.copyOf(duplicates);
    }
}
