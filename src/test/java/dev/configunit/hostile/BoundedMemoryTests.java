package dev.configunit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.configunit.parse.GoJsonReader;
import dev.configunit.parse.YamlTreeReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory stays bounded whatever the input: every entry point reads a tree of the largest and most expensive inputs
 * (100 MB files, a values bomb, a paths bomb, 12,000 findings, 4 MB of nesting, a 3 MB key, an 8 MB auth, the longest
 * CI file) in a JVM with a 128 MiB heap, and ends with the right exit code, every input named, and no
 * {@code OutOfMemoryError} or {@code StackOverflowError}. Measured: the JSON scan of this tree needs between 64 and
 * 96 MiB; each input alone fits in 64 MiB.
 */
class BoundedMemoryTests {

    private static final String HEAP = "-Xmx128m";

    @TempDir
    static Path tree;

    /** The inputs, by their path in the tree, with what a scan must say about each. */
    private static final List<String[]> EXPECTED = List.of(
            new String[] {"sparse/.docker/config.json", "docker/json-syntax", "larger than 8 MiB"},
            new String[] {"values/.docker/config.json", "docker/json-syntax", "more than " + GoJsonReader.MAX_VALUES},
            new String[] {"paths/.docker/config.json", "docker/json-syntax", "add up to more than 4 MiB"},
            new String[] {"findings/.docker/config.json", "docker/auth-whitespace", "R2999.example.com"},
            new String[] {"deep/.docker/config.json", "docker/json-syntax", "nesting deeper than"},
            new String[] {"nearly-deep/.docker/config.json", "docker/schema", "must be a string"},
            new String[] {"long-key/.docker/config.json", "docker/schema", "must be an object"},
            new String[] {"long-auth/.docker/config.json", "docker/auth-format", "no ':'"},
            new String[] {"ci/.gitlab-ci.yml#/variables/DOCKER_AUTH_CONFIG", "docker/json-syntax", "after top-level value"},
            new String[] {"ci-too-long/.gitlab-ci.yml", "skipped", "longer than 2 Mi characters"});

    @BeforeAll
    static void writeTheLargestInputs() throws IOException {
        HostileCorpus.sparse(tree.resolve("sparse/.docker/config.json"), HostileCorpus.HUNDRED_MB);
        HostileCorpus.streamedJson(tree.resolve("data/huge.json"), HostileCorpus.HUNDRED_MB);
        // 8 MiB less a little of "0,": four million values, refused after the first ten thousand
        write("values/.docker/config.json", "[" + "0,".repeat(4 * 1024 * 1024 - 16) + "0]");
        write("paths/.docker/config.json", "{\"" + "k".repeat(1024 * 1024) + "\": [" + "0,".repeat(3000) + "0]}");
        write("findings/.docker/config.json", HostileCorpus.manyFindings(3_000));
        write("deep/.docker/config.json", "[".repeat(4 * 1024 * 1024));
        write("nearly-deep/.docker/config.json", "{\"auths\": {\"r.example.com\": {\"auth\": "
                + "[".repeat(GoJsonReader.MAX_DEPTH - 4) + "]".repeat(GoJsonReader.MAX_DEPTH - 4) + "}}}");
        write("long-key/.docker/config.json", "{\"auths\": {\"" + "k".repeat(3 * 1024 * 1024) + "\": 1}}");
        write("long-auth/.docker/config.json", "{\"auths\": {\"r.example.com\": {\"auth\": \""
                + "QUFB".repeat(2 * 1024 * 1024 - 16) + "\"}}}");
        // the longest CI file read: just under the YAML bound, one long flow mapping with a broken variable
        write("ci/.gitlab-ci.yml", "variables: {DOCKER_AUTH_CONFIG: '{} {}', X: '"
                + "x".repeat(YamlTreeReader.MAX_CHARS - 100) + "'}\n");
        write("ci-too-long/.gitlab-ci.yml", "x: '" + "x".repeat(YamlTreeReader.MAX_CHARS) + "'\n");
    }

    @Test
    void aScanOfTheLargestInputsNamesEachInASmallHeap() {
        ForkedJvm.Run run = smallHeap().run(ForkedJvm.CLI, "scan", tree.toString(), "--format", "json");

        assertBounded(run, 1);
        for (String[] expected : EXPECTED) {
            assertThat(run.out()).as("what the scan says about %s:%n%s", expected[0], run.both())
                    .containsPattern("\"path\" : \"" + java.util.regex.Pattern.quote(expected[0].replaceFirst("#.*", ""))
                            + "\"");
        }
    }

    @Test
    void theTextReportSaysWhatIsWrongWithEachInput() {
        ForkedJvm.Run run = smallHeap().run(ForkedJvm.CLI, "scan", tree.toString());

        assertBounded(run, 1);
        for (String[] expected : EXPECTED) {
            assertThat(run.out().lines().filter(line -> line.startsWith(expected[0].replaceFirst("#.*", "")))
                    .filter(line -> line.contains(expected[1]) && line.contains(expected[2])))
                    .as("a line for %s saying %s, %s:%n%s", expected[0], expected[1], expected[2],
                            run.out().lines().filter(line -> line.startsWith(expected[0].substring(0, 4))).toList())
                    .isNotEmpty();
        }
    }

    @Test
    void theEngineRunsTheLargestInputsInASmallHeap() {
        ForkedJvm.Run run = smallHeap().run(ForkedJvm.ENGINE, tree.toString());

        assertBounded(run, 1);
        for (String[] expected : EXPECTED) {
            String source = expected[0];
            assertThat(run.out()).as("the engine on %s:%n%s", source, run.both()).contains(source);
        }
    }

    @Test
    void fixDryRunRefusesOrRepairsTheLargestInputsInASmallHeap() {
        ForkedJvm.Run run = smallHeap().run(ForkedJvm.CLI, "fix", "--dry-run", tree.toString());

        assertBounded(run, 1);
        assertThat(run.err()).contains("sparse/.docker/config.json: refused", "values/.docker/config.json: refused",
                "deep/.docker/config.json: refused", "long-auth/.docker/config.json: refused");
    }

    @Test
    void envReadsTheLargestFileAndVariableInASmallHeap() {
        String variable = "{\"auths\": {\"r.example.com\": {\"auth\": \"" + "QUFB".repeat(25_000) + "\"}}}";

        ForkedJvm.Run run = smallHeap().env("HOME", tree.resolve("long-auth").toString())
                .env("DOCKER_AUTH_CONFIG", variable)
                .run(ForkedJvm.CLI, "env");

        assertBounded(run, 1);
        assertThat(run.out()).contains("~/.docker/config.json:1:38: error docker/auth-format",
                "$DOCKER_AUTH_CONFIG:1:38: error docker/auth-format");
    }

    @Test
    void theLongestRuleFileIsAConfigurationErrorInASmallHeap() {
        ForkedJvm.Run run = smallHeap().run(ForkedJvm.CLI, "scan", "--rules", tree.resolve("ci/.gitlab-ci.yml").toString(),
                tree.resolve("data").toString());

        assertBounded(run, 2);
        assertThat(run.err()).contains("rule file error: " + tree.resolve("ci/.gitlab-ci.yml"));
    }

    private static ForkedJvm smallHeap() {
        return new ForkedJvm().option(HEAP);
    }

    private static void assertBounded(ForkedJvm.Run run, int exitCode) {
        assertThat(run.both()).as(run.both()).doesNotContain("OutOfMemoryError").doesNotContain("StackOverflowError")
                .doesNotContain("internal error");
        assertThat(run.exitCode()).as(run.both()).isEqualTo(exitCode);
    }

    private static void write(String relative, String content) throws IOException {
        HostileInput.write(tree.resolve(relative), content.getBytes(StandardCharsets.UTF_8));
    }
}
