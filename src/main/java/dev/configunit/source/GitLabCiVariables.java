package dev.configunit.source;

import dev.configunit.parse.JsonPointers;
import dev.configunit.parse.JsonSyntaxException;
import dev.configunit.parse.ParsedJson;
import dev.configunit.parse.Position;
import dev.configunit.parse.Region;
import dev.configunit.parse.YamlTreeReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The {@code DOCKER_AUTH_CONFIG} values written in a {@code .gitlab-ci.yml}: in the global {@code variables} and
 * in each job's (GitLab Runner reads them for the job's images, §4.2).
 *
 * <p>A value is a string or a mapping with a {@code value}. Values that reference other variables ({@code $X})
 * are left alone: GitLab expands them at run time, and a reference to a masked project variable is the
 * recommended way to pass credentials.
 */
public final class GitLabCiVariables {

    /** The variable GitLab Runner and the Docker CLI read. */
    public static final String NAME = "DOCKER_AUTH_CONFIG";

    private static final Pattern REFERENCE = Pattern.compile("\\$(\\{?[A-Za-z_][A-Za-z0-9_]*)");

    private GitLabCiVariables() {
    }

    /**
     * One variable: the pointer to it in the YAML document, its JSON text, and how to map a position in that
     * text back to the YAML file.
     */
    public record Variable(String pointer, String json, EmbeddedText placement) {
    }

    /** The literal {@code DOCKER_AUTH_CONFIG} values of a CI file; none if it is not YAML. */
    public static List<Variable> find(String yaml) {
        try {
            return parse(yaml);
        } catch (JsonSyntaxException e) {
            return List.of();
        }
    }

    /** The literal {@code DOCKER_AUTH_CONFIG} values of a CI file; an exception with the position if it is not YAML. */
    public static List<Variable> parse(String yaml) throws JsonSyntaxException {
        ParsedJson document = YamlTreeReader.read(yaml);
        List<Variable> found = new ArrayList<>();
        JsonNode root = document.root();
        if (!root.isObject()) {
            return found;
        }
        for (Map.Entry<String, JsonNode> top : root.properties()) {
            if (top.getKey().equals("variables")) {
                add(document, yaml, JsonPointers.child("", "variables"), top.getValue(), found);
            } else if (top.getValue().isObject() && top.getValue().has("variables")) {
                String jobVariables = JsonPointers.child(JsonPointers.child("", top.getKey()), "variables");
                add(document, yaml, jobVariables, top.getValue().get("variables"), found);
            }
        }
        return found;
    }

    private static void add(ParsedJson document, String yaml, String variablesPointer, JsonNode variables,
            List<Variable> found) {
        if (variables == null || !variables.isObject() || !variables.has(NAME)) {
            return;
        }
        String pointer = JsonPointers.child(variablesPointer, NAME);
        JsonNode value = variables.get(NAME);
        if (value.isObject() && value.has("value")) {
            pointer = JsonPointers.child(pointer, "value");
            value = value.get("value");
        }
        if (!value.isString() || REFERENCE.matcher(value.asString()).find()) {
            return;
        }
        Region region = document.positions().value(pointer);
        found.add(new Variable(pointer, value.asString(), EmbeddedText.locate(yaml, region.start())));
    }
}
