package dev.configunit.lint;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.configunit.finding.Finding;
import dev.configunit.parse.JsonPointers;
import dev.configunit.parse.JsonSyntaxException;
import dev.configunit.parse.ParsedJson;
import dev.configunit.parse.SchemaErrors;
import dev.configunit.parse.Position;
import dev.configunit.parse.YamlTreeReader;
import dev.configunit.rule.RuleFileException;
import dev.configunit.source.CredentialFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * The suppressions in force for a scan: from {@code .configunit.yaml} files and {@code --baseline} files.
 *
 * <p>Remembers which entries matched, so that entries matching nothing can be reported as stale.
 */
public final class Suppressions {

    /** The file read from each scanned directory. */
    public static final String FILE_NAME = ".configunit.yaml";

    /** No suppressions. */
    public static Suppressions none() {
        return new Suppressions(List.of());
    }

    private static final Schema SCHEMA = loadSchema();

    private final List<Suppression> entries;
    private final Set<Suppression> used = ConcurrentHashMap.newKeySet();

    private Suppressions(List<Suppression> entries) {
        this.entries = List.copyOf(entries);
    }

    /** All entries of the given files; a missing {@code .configunit.yaml} is no entry, a missing baseline an error. */
    public static Suppressions load(Collection<Path> files) throws RuleFileException {
        List<Suppression> entries = new ArrayList<>();
        for (Path file : files) {
            entries.addAll(read(file));
        }
        return new Suppressions(entries);
    }

    /**
     * The {@code .configunit.yaml} of a scanned directory, if it has one. It is repository content: a symbolic link
     * out of the directory is not followed, as discovery follows none.
     */
    public static Optional<Path> besideTree(Path root) {
        Path file = root.resolve(FILE_NAME);
        try {
            return Files.isRegularFile(file) && file.toRealPath().startsWith(root.toRealPath())
                    ? Optional.of(file) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static List<Suppression> read(Path file) throws RuleFileException {
        String display = file.toString().replace('\\', '/');
        String text;
        try {
            text = CredentialFiles.readUtf8(file);
        } catch (IOException e) {
            throw new RuleFileException(display, Position.of(1, 1),
                    "cannot read suppression file: " + CredentialFiles.describe(e));
        }
        ParsedJson document;
        try {
            document = YamlTreeReader.read(text);
        } catch (JsonSyntaxException e) {
            throw new RuleFileException(display, e.position(), e.getMessage());
        }
        var first = SchemaErrors.first(SCHEMA.validate(document.root()), document);
        if (first.isPresent()) {
            throw new RuleFileException(display, first.get().position(), first.get().subject() + " "
                    + first.get().message());
        }
        List<Suppression> entries = new ArrayList<>();
        JsonNode list = document.root().get("suppressions");
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            entries.add(new Suppression(entry.get("rule").asString(), entry.get("path").asString(),
                    entry.has("fingerprint") ? entry.get("fingerprint").asString() : null,
                    entry.get("reason").asString(), display,
                    document.positions().value("/suppressions/" + i).start()));
        }
        return entries;
    }

    /** The entry that accepts this finding, if any; marks it used. */
    Optional<Suppression> match(Finding finding) {
        for (Suppression entry : entries) {
            if (entry.matches(finding)) {
                used.add(entry);
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** The entries that accepted nothing so far, in file order. */
    public List<Suppression> stale() {
        return entries.stream().filter(entry -> !used.contains(entry)).toList();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** A baseline accepting these findings: YAML in this class's own format. */
    public static String baselineOf(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        out.append("# ConfigUnit baseline: these findings are accepted; only new ones fail.\n");
        out.append("# Written by configunit scan --write-baseline. Replace each reason with the real one.\n");
        out.append("suppressions:");
        if (findings.isEmpty()) {
            out.append(" []\n");
            return out.toString();
        }
        out.append('\n');
        for (Finding finding : findings) {
            out.append("  - rule: ").append(finding.ruleId()).append('\n');
            out.append("    path: ").append(quoted(finding.path())).append('\n');
            out.append("    fingerprint: ").append(finding.fingerprint()).append('\n');
            out.append("    reason: in the baseline\n");
        }
        return out.toString();
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static Schema loadSchema() {
        try (InputStream in = Suppressions.class.getClassLoader()
                .getResourceAsStream("dev/configunit/rules/schemas/suppressions.schema.json")) {
            if (in == null) {
                throw new IOException("suppressions.schema.json is missing from the class path");
            }
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            schema.initializeValidators();
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
