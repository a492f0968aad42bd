package dev.configunit.rule;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.configunit.check.Check;
import dev.configunit.check.CheckCatalogue;
import dev.configunit.check.CheckSpec;
import dev.configunit.finding.Level;
import dev.configunit.parse.GoJsonReader;
import dev.configunit.parse.JsonPointers;
import dev.configunit.parse.JsonSyntaxException;
import dev.configunit.parse.ParsedJson;
import dev.configunit.parse.SchemaErrors;
import dev.configunit.parse.Position;
import dev.configunit.parse.YamlTreeReader;
import dev.configunit.source.CredentialFiles;
import dev.configunit.source.SourceKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Loads rule files: the built-in pack from the jar and the user's from {@code --rules} paths.
 *
 * <p>Each file is validated against {@code rules/schemas/rule-file.schema.json} before it is used; every problem
 * is reported as a {@link RuleFileException} with the file, line and column of the offending key or value.
 */
public final class RuleFileLoader {

    /** Where the built-in pack lives on the class path (the project's {@code rules/} directory). */
    public static final String BUILT_IN_ROOT = "dev/configunit/rules/";
    static final String BUILT_IN_PACK = "docker.yaml";
    private static final String RULE_FILE_SCHEMA = "schemas/rule-file.schema.json";

    private static volatile RuleSet builtIn;

    private RuleFileLoader() {
    }

    /** The built-in {@code docker} pack. */
    public static RuleSet builtIn() {
        RuleSet rules = builtIn;
        if (rules == null) {
            try {
                rules = new RuleSet(loadBuiltInRules());
            } catch (RuleFileException e) {
                throw new IllegalStateException("the built-in rule pack is broken: " + e.getMessage(), e);
            }
            builtIn = rules;
        }
        return rules;
    }

    /** The built-in pack plus the rule files at {@code paths} (files, or directories of {@code *.yaml}). */
    public static RuleSet withUserRules(List<Path> paths) throws RuleFileException {
        List<Rule> rules = new ArrayList<>(builtIn().rules());
        Map<String, Rule> seen = new LinkedHashMap<>();
        rules.forEach(rule -> seen.put(rule.id(), rule));
        for (Path path : paths) {
            for (Path file : ruleFiles(path)) {
                String display = file.toString().replace('\\', '/');
                String text;
                try {
                    text = CredentialFiles.readUtf8(file);
                } catch (IOException e) {
                    throw new RuleFileException(display, Position.of(1, 1),
                            "cannot read rule file: " + CredentialFiles.describe(e));
                }
                Path dir = file.toAbsolutePath().getParent();
                CheckSpec.Resources resources = relative -> CredentialFiles.readUtf8(dir.resolve(relative));
                for (Rule rule : parse(display, text, resources)) {
                    if (seen.containsKey(rule.id())) {
                        throw new RuleFileException(display, positionOfId(display, text, rule.id()),
                                "rule id \"" + rule.id() + "\" is already defined in " + seen.get(rule.id()).definedIn());
                    }
                    seen.put(rule.id(), rule);
                    rules.add(rule);
                }
            }
        }
        return new RuleSet(rules);
    }

    private static List<Path> ruleFiles(Path path) throws RuleFileException {
        if (!Files.isDirectory(path)) {
            if (!Files.exists(path)) {
                throw new RuleFileException(path.toString(), Position.of(1, 1), "no such rule file or directory");
            }
            return List.of(path);
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new RuleFileException(path.toString(), Position.of(1, 1), "cannot list rule directory: " + e.getMessage());
        }
    }

    private static List<Rule> loadBuiltInRules() throws RuleFileException {
        try {
            // The build compiles the pack to JSON after validating it (BuiltInPack): no YAML parser and no
            // rule-file schema at start-up, which is most of the start-up time of a one-file scan.
            String compiled = classpathText(BuiltInPack.COMPILED);
            return rules(BUILT_IN_PACK, GoJsonReader.read(compiled), RuleFileLoader::classpathText);
        } catch (IOException | JsonSyntaxException notCompiled) {
            // Running from sources without the build step (an IDE): read and validate the YAML.
        }
        String text;
        try {
            text = classpathText(BUILT_IN_PACK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(BUILT_IN_PACK, text, RuleFileLoader::classpathText);
    }

    static String classpathText(String relative) throws IOException {
        try (InputStream in = RuleFileLoader.class.getClassLoader().getResourceAsStream(BUILT_IN_ROOT + relative)) {
            if (in == null) {
                throw new IOException("no such resource " + BUILT_IN_ROOT + relative);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Parses and validates one rule file's text. */
    static List<Rule> parse(String file, String text, CheckSpec.Resources resources) throws RuleFileException {
        ParsedJson document;
        try {
            document = YamlTreeReader.read(text);
        } catch (JsonSyntaxException e) {
            throw new RuleFileException(file, e.position(), e.getMessage());
        }
        validate(file, document);
        if (!document.duplicates().isEmpty()) {
            var duplicate = document.duplicates().get(0);
            throw new RuleFileException(file, duplicate.repeated().start(),
                    "key \"" + JsonPointers.lastToken(duplicate.pointer()) + "\" is repeated");
        }
        return rules(file, document, resources);
    }

    /** The rules of a document that is valid against the rule-file schema. */
    static List<Rule> rules(String file, ParsedJson document, CheckSpec.Resources resources) throws RuleFileException {
        List<Rule> rules = new ArrayList<>();
        JsonNode list = document.root().get("rules");
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String pointer = "/rules/" + i;
            Rule rule = rule(file, list.get(i), pointer, document, resources);
            if (!ids.add(rule.id())) {
                throw new RuleFileException(file, document.positions().value(pointer + "/id").start(),
                        "rule id \"" + rule.id() + "\" is defined twice");
            }
            rules.add(rule);
        }
        return rules;
    }

    private static void validate(String file, ParsedJson document) throws RuleFileException {
        var first = SchemaErrors.first(RuleFileSchema.SCHEMA.validate(document.root()), document);
        if (first.isPresent()) {
            throw new RuleFileException(file, first.get().position(), first.get().subject() + " " + first.get().message());
        }
    }

    private static Rule rule(String file, JsonNode node, String pointer, ParsedJson document,
            CheckSpec.Resources resources) throws RuleFileException {
        String checkName = node.get("check").asString();
        Check check;
        try {
            check = CheckCatalogue.create(checkName,
                    new CheckSpec(text(node, "given", null), node.get("with"), resources));
        } catch (IllegalArgumentException | UncheckedIOException e) {
            String at = e.getMessage().startsWith("unknown check") ? "/check"
                    : e.getMessage().startsWith("given") || e.getMessage().contains("a given") ? "/given"
                    : node.has("with") ? "/with" : "/check";
            if (!node.has(at.substring(1))) {
                at = "/check";
            }
            throw new RuleFileException(file, document.positions().value(pointer + at).start(), e.getMessage());
        }
        Level level = Level.fromId(node.get("level").asString());
        Level escalated = node.has("escalated-level") ? Level.fromId(node.get("escalated-level").asString()) : level;
        Map<String, String> messages = new LinkedHashMap<>();
        if (node.has("messages")) {
            node.get("messages").properties().forEach(e -> messages.put(e.getKey(), e.getValue().asString()));
        }
        Set<SourceKind> appliesTo = EnumSet.noneOf(SourceKind.class);
        for (JsonNode kind : node.get("applies-to")) {
            for (SourceKind k : SourceKind.values()) {
                if (k.id().equals(kind.asString())) {
                    appliesTo.add(k);
                }
            }
        }
        return new Rule(
                node.get("id").asString(),
                node.get("name").asString(),
                level,
                escalated,
                node.get("summary").asString(),
                node.get("message").asString(),
                messages,
                text(node, "help", ""),
                strings(node.get("tags")),
                appliesTo,
                strings(node.get("clients")),
                node.has("security") && node.get("security").asBoolean(),
                node.has("security-severity") ? node.get("security-severity").asDouble() : null,
                text(node, "precision", "medium"),
                text(node, "help-uri", null),
                check,
                file);
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? fallback : value.asString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asString()));
        }
        return values;
    }

    private static Position positionOfId(String file, String text, String id) {
        try {
            ParsedJson document = YamlTreeReader.read(text);
            JsonNode list = document.root().get("rules");
            for (int i = 0; i < list.size(); i++) {
                if (id.equals(list.get(i).get("id").asString())) {
                    return document.positions().value("/rules/" + i + "/id").start();
                }
            }
        } catch (JsonSyntaxException e) {
            // already parsed once; cannot happen
        }
        return Position.of(1, 1);
    }

    /**
     * The rule-file schema, loaded once.
     */
    static final class RuleFileSchema {
        static final Schema SCHEMA = load();

        private static Schema load() {
            try {
                Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                        .getSchema(classpathText(RULE_FILE_SCHEMA));
                schema.initializeValidators();
                return schema;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

    }
}
