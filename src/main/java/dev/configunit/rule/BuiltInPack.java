package dev.configunit.rule;

import dev.configunit.parse.JsonSyntaxException;
import dev.configunit.parse.YamlTreeReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.json.JsonMapper;

/**
 * The build step that validates the built-in pack and compiles it to JSON, so that start-up needs neither a YAML
 * parser nor the rule-file schema (run by Maven in {@code process-classes}).
 */
public final class BuiltInPack {

    /** The compiled pack, beside the YAML on the class path. */
    static final String COMPILED = "docker.rules.json";

    private BuiltInPack() {
    }

    /**
     * {@code BuiltInPack RULES_YAML OUTPUT_JSON}: fails (exit 1, with file, line and column) if the pack is not a
     * valid rule file, as {@code --rules} would.
     */
    public static void main(String[] args) throws IOException {
        Path yaml = Path.of(args[0]);
        Path output = Path.of(args[1]);
        String text = Files.readString(yaml, StandardCharsets.UTF_8);
        Path dir = yaml.toAbsolutePath().getParent();
        try {
            RuleFileLoader.parse(yaml.toString(), text, relative -> Files.readString(dir.resolve(relative)));
            Files.createDirectories(output.toAbsolutePath().getParent());
            Files.writeString(output, JsonMapper.builder().build().writeValueAsString(YamlTreeReader.read(text).root()));
        } catch (RuleFileException | JsonSyntaxException e) {
            System.err.println("built-in rule pack: " + e.getMessage());
            System.exit(1);
        }
    }
}
