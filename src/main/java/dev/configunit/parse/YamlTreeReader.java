package dev.configunit.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a YAML document (a rule file) into a Jackson tree that remembers where each key and value was written.
 */
public final class YamlTreeReader {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * The most values a document may hold: far more than a rule file or a CI configuration has (GitLab refuses CI
     * files over a few megabytes), few enough that the tree and its positions stay within tens of megabytes.
     */
    public static final int MAX_VALUES = 200_000;

    /**
     * The longest document read. The YAML scanner copies its window as it goes: an 8 MB document took 17 seconds and
     * more than a 128 MiB heap. GitLab's own default limit for one CI file ({@code max_yaml_size_bytes}) is 2 MB.
     */
    public static final int MAX_CHARS = 2 * 1024 * 1024;

    /** How the messages of the YAML parser's errors begin: they may quote the document, unlike the others. */
    public static final String PARSER_ERROR = "not valid YAML: ";

    private final PositionIndex positions = new PositionIndex(MAX_VALUES);
    private final List<DuplicateKey> duplicates = new ArrayList<>();
    private final JsonParser parser;

    private YamlTreeReader(JsonParser parser) {
        this.parser = parser;
    }

    /** Parses one YAML document; an empty document is an empty object. */
    public static ParsedJson read(String text) throws JsonSyntaxException {
        if (text.length() > MAX_CHARS) {
            throw new JsonSyntaxException("longer than " + MAX_CHARS / (1024 * 1024) + " Mi characters, more than "
                    + "such a file holds; it is not parsed", Position.of(1, 1));
        }
        try (JsonParser parser = YAML.createParser(text)) {
            YamlTreeReader reader = new YamlTreeReader(parser);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new ParsedJson(NODES.objectNode(), reader.positions, reader.duplicates);
            }
            JsonNode root = reader.value("");
            return new ParsedJson(root, reader.positions, reader.duplicates);
        } catch (TooLarge e) {
            throw new JsonSyntaxException(e.getMessage(), e.position);
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            Position position = location == null || location.getLineNr() < 1
                    ? Position.of(1, 1)
                    : Position.of(location.getLineNr(), Math.max(1, location.getColumnNr()));
            throw new JsonSyntaxException(PARSER_ERROR + firstLine(e.getOriginalMessage()), position);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private JsonNode value(String pointer) {
        Position start = position(parser.currentTokenLocation());
        String tooLarge = positions.admit(pointer);
        if (tooLarge != null) {
            throw new TooLarge(tooLarge, start);
        }
        JsonNode node = switch (parser.currentToken()) {
            case START_OBJECT -> object(pointer);
            case START_ARRAY -> array(pointer);
            case VALUE_STRING -> NODES.stringNode(parser.getString());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number();
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            default -> NODES.nullNode();
        };
        Position end = position(parser.currentLocation());
        positions.putValue(pointer, new Region(start, end.line() < start.line() ? start : end));
        return node;
    }

    /** A number, or its text when it has no decimal value ({@code .inf}, {@code 1e2147483648}): still YAML. */
    private JsonNode number() {
        try {
            return NODES.numberNode(parser.getDecimalValue());
        } catch (JacksonException e) {
            return NODES.stringNode(parser.getString());
        }
    }

    private ObjectNode object(String pointer) {
        ObjectNode node = NODES.objectNode();
        Map<String, Region> seen = new HashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = parser.currentName();
            Position keyStart = position(parser.currentTokenLocation());
            Region keyRegion = new Region(keyStart, Position.of(keyStart.line(), keyStart.column() + key.length()));
            String child = JsonPointers.child(pointer, key);
            Region earlier = seen.put(key, keyRegion);
            if (earlier != null) {
                duplicates.add(new DuplicateKey(child, earlier, keyRegion));
            }
            positions.putKey(child, keyRegion);
            parser.nextToken();
            node.set(key, value(child));
        }
        return node;
    }

    private ArrayNode array(String pointer) {
        ArrayNode node = NODES.arrayNode();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            node.add(value(JsonPointers.child(pointer, index++)));
        }
        return node;
    }

    private static Position position(TokenStreamLocation location) {
        return Position.of(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    /** A document over one of {@link PositionIndex}'s bounds; unwinds the recursion to {@link #read}. */
    private static final class TooLarge extends RuntimeException {

        private final Position position;

        TooLarge(String message, Position position) {
            super(message, null, false, false);
            this.position = position;
        }
    }
}
