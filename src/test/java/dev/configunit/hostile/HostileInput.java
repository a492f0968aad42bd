package dev.configunit.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One input crafted to hurt: how to write it into a home directory, and what each entry point must make of it.
 *
 * <p>The expectations start from what kind of input it is ({@link #unparsable}, {@link #finds}, {@link #skipped},
 * {@link #harmless}) and are then corrected entry point by entry point where one rightly differs.
 */
final class HostileInput {

    /** Writes the input below a home directory. */
    @FunctionalInterface
    interface Writer {
        void write(Path home) throws IOException;
    }

    /** Where a credential file usually sits: every entry point reads it there. */
    static final String CONFIG = ".docker/config.json";
    static final String CI_FILE = ".gitlab-ci.yml";

    private final String name;
    private final String target;
    private final Writer writer;
    private final boolean takesText;
    private boolean large;
    private final Map<EntryPoint, Expectation> expected = new EnumMap<>(EntryPoint.class);

    private HostileInput(String name, String target, Writer writer, boolean takesText) {
        this.name = name;
        this.target = target;
        this.writer = writer;
        this.takesText = takesText;
    }

    /** A credential file with this content at {@link #CONFIG}. */
    static HostileInput config(String name, byte[] content) {
        return file(name, CONFIG, content);
    }

    static HostileInput config(String name, String content) {
        return config(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** A file with this content at {@code target}; small ones are also given to {@code env} as the variable. */
    static HostileInput file(String name, String target, byte[] content) {
        return new HostileInput(name, target, home -> write(home.resolve(target), content),
                content.length <= 1024 * 1024 && target.equals(CONFIG));
    }

    /** Anything else below the home: special files, links, large files. */
    static HostileInput custom(String name, String target, Writer writer) {
        return new HostileInput(name, target, writer, false);
    }

    /** Not JSON as Go reads it: a {@code docker/json-syntax} error whose message says {@code why}. */
    HostileInput unparsable(String why) {
        return finds("docker/json-syntax", why);
    }

    /** JSON with an error finding of {@code rule} whose line says every fragment; fix refuses to guess. */
    HostileInput finds(String rule, String... fragments) {
        String[] withRule = prepend(rule, fragments);
        for (EntryPoint entry : new EntryPoint[] {EntryPoint.SCAN_TEXT, EntryPoint.SCAN_JSON, EntryPoint.ENGINE,
                EntryPoint.ENV, EntryPoint.ENV_VARIABLE}) {
            expected.put(entry, Expectation.named(1, withRule));
        }
        expected.put(EntryPoint.FIX_DRY_RUN, Expectation.named(1, "refused"));
        return notAConfigurationFile();
    }

    /** Reported and skipped without being read; fix refuses it. */
    HostileInput skipped(String why) {
        for (EntryPoint entry : new EntryPoint[] {EntryPoint.SCAN_TEXT, EntryPoint.SCAN_JSON, EntryPoint.ENGINE,
                EntryPoint.ENV}) {
            expected.put(entry, Expectation.named(0, "skipped", why));
        }
        expected.put(EntryPoint.FIX_DRY_RUN, Expectation.named(1, "refused", why));
        return notAConfigurationFile();
    }

    /** Nothing wrong that is worth an error, nothing to name. */
    HostileInput harmless() {
        for (EntryPoint entry : new EntryPoint[] {EntryPoint.SCAN_TEXT, EntryPoint.SCAN_JSON, EntryPoint.ENGINE,
                EntryPoint.ENV, EntryPoint.ENV_VARIABLE, EntryPoint.FIX_DRY_RUN}) {
            expected.put(entry, Expectation.silent(0));
        }
        return notAConfigurationFile();
    }

    /** Given as a rule or suppression file, none of these inputs is one: a configuration error, exit code 2. */
    private HostileInput notAConfigurationFile() {
        expected.put(EntryPoint.RULE_FILE, Expectation.named(2, "rule file error"));
        expected.put(EntryPoint.SUPPRESSION_FILE, Expectation.named(2, "suppression file error"));
        return this;
    }

    /** Where one entry point rightly differs from the kind's expectation. */
    HostileInput except(EntryPoint entry, Expectation expectation) {
        expected.put(entry, expectation);
        return this;
    }

    /** Entry points that never read this input (env reads no CI file). */
    HostileInput notFor(EntryPoint... entries) {
        for (EntryPoint entry : entries) {
            expected.remove(entry);
        }
        return this;
    }

    /** Marks a megabyte-sized input, left out where only the shapes matter (read-only and determinism proofs). */
    HostileInput large() {
        large = true;
        return this;
    }

    boolean isLarge() {
        return large;
    }

    String name() {
        return name;
    }

    String target() {
        return target;
    }

    /** What {@code entry} must do, or empty when it does not apply. */
    Optional<Expectation> expectation(EntryPoint entry) {
        if (entry == EntryPoint.ENV_VARIABLE && !takesText) {
            return Optional.empty();
        }
        return Optional.ofNullable(expected.get(entry));
    }

    void writeInto(Path home) throws IOException {
        writer.write(home);
    }

    @Override
    public String toString() {
        return name;
    }

    static Path write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
