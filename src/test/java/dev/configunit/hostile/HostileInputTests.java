package dev.configunit.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.configunit.cli.InProcessCli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every hostile input through every entry point (product.md: "Bad input gets a clear finding or error with the path
 * and position, and the scan goes on"): each run ends in time, with the right exit code, with a line that names the
 * input, without an internal error or a raw control character, and still reports the well-formed file beside it.
 */
class HostileInputTests {

    /** A run that takes longer has hung: the slowest input (a 100 MB file, capped at 8 MiB) takes well under this. */
    private static final Duration HANG = Duration.ofSeconds(60);

    @TempDir
    static Path temp;

    private static Path corpus;
    private static Path empty;
    private static final Map<HostileInput, Path> HOMES = new LinkedHashMap<>();
    private static final Map<HostileInput, String> UNAVAILABLE = new LinkedHashMap<>();

    @BeforeAll
    static void writeTheCorpus() throws IOException {
        corpus = Files.createDirectories(temp.resolve("corpus"));
        empty = Files.createDirectories(temp.resolve("empty"));
        for (int i = 0; i < HostileCorpus.ALL.size(); i++) {
            HostileInput input = HostileCorpus.ALL.get(i);
            Path home = corpus.resolve(String.format("%02d", i));
            HostileInput.write(home.resolve(EntryPoint.Workspace.SIBLING),
                    EntryPoint.Workspace.SIBLING_CONTENT.getBytes(StandardCharsets.UTF_8));
            Files.createDirectories(HostileCorpus.outside(home));
            try {
                input.writeInto(home);
            } catch (IOException e) {
                UNAVAILABLE.put(input, "this machine cannot make it: " + e.getMessage());
            }
            HOMES.put(input, home);
        }
    }

    @TestFactory
    Stream<DynamicContainer> everyInputThroughEveryEntryPoint() {
        return HostileCorpus.ALL.stream().map(input -> dynamicContainer(input.name(), Arrays.stream(EntryPoint.values())
                .filter(entry -> input.expectation(entry).isPresent())
                .map(entry -> dynamicTest(entry.toString(), () -> check(input, entry)))));
    }

    @Test
    void oneScanOfTheWholeCorpusNamesEveryInputAndReportsEveryWellFormedFile() {
        InProcessCli.Result result = assertTimeoutPreemptively(HANG, () -> InProcessCli.run("scan", corpus.toString()));
        Transcript transcript = new Transcript(result.exitCode(), Map.of("stdout", result.out(), "stderr", result.err()),
                Transcript.linesOf(result.out(), result.err()));

        assertThat(transcript.exitCode()).isEqualTo(1);
        for (HostileInput input : HostileCorpus.ALL) {
            String home = corpus.relativize(HOMES.get(input)).toString() + "/";
            if (UNAVAILABLE.containsKey(input)) {
                continue;
            }
            Expectation expected = input.expectation(EntryPoint.SCAN_TEXT).orElseThrow();
            if (expected.named()) {
                assertThat(transcript.linesNaming(home + input.target(), expected.fragments()))
                        .as("%s in one scan of the whole corpus:%n%s", input, transcript.everything()).isNotEmpty();
            }
            assertThat(transcript.linesNaming(home + EntryPoint.Workspace.SIBLING, List.of("docker/empty-entry")))
                    .as("the file beside %s", input).isNotEmpty();
        }
        assertNothingUnsafeIn(transcript);
    }

    private static void check(HostileInput input, EntryPoint entry) {
        Assumptions.assumeFalse(UNAVAILABLE.containsKey(input), () -> UNAVAILABLE.get(input));
        Path home = HOMES.get(input);
        EntryPoint.Workspace workspace = new EntryPoint.Workspace(home, input.target(), empty, targetText(home, input));
        Expectation expected = input.expectation(entry).orElseThrow();

        Transcript transcript = assertTimeoutPreemptively(HANG, () -> entry.run(workspace),
                () -> entry + " hung on " + input);

        String said = transcript.everything();
        assertThat(transcript.exitCode()).as("exit code of %s on %s:%n%s", entry, input, said)
                .isEqualTo(expected.exitCode());
        if (expected.named()) {
            assertThat(transcript.linesNaming(entry.display(workspace), expected.fragments()))
                    .as("a line naming %s and saying %s:%n%s", entry.display(workspace), expected.fragments(), said)
                    .isNotEmpty();
        }
        String sibling = entry.siblingDisplay(workspace);
        if (sibling != null) {
            assertThat(transcript.linesNaming(sibling, List.of(entry.siblingFragment())))
                    .as("the scan went on to %s:%n%s", sibling, said).isNotEmpty();
        }
        assertNothingUnsafeIn(transcript);
    }

    private static String targetText(Path home, HostileInput input) {
        try {
            Path target = home.resolve(input.target());
            return Files.isRegularFile(target) && Files.size(target) <= 1024 * 1024
                    ? new String(Files.readAllBytes(target), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** No internal error, no stack trace, and no character that a terminal or log viewer would obey. */
    static void assertNothingUnsafeIn(Transcript transcript) {
        String said = transcript.everything();
        assertThat(said).as("an internal error").doesNotContain("internal error").doesNotContain("Exception")
                .doesNotContain("\tat ");
        transcript.outputs().forEach((name, text) -> {
            List<String> unsafe = new ArrayList<>();
            boolean json = name.equals(Transcript.JSON_STDOUT);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean control = (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f;
                boolean invisible = (c >= 0x80 && c <= 0x9f) || (c >= '\u202a' && c <= '\u202e')
                        || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029';
                if (control || (invisible && !json)) {
                    unsafe.add(String.format("U+%04X at %d", (int) c, i));
                }
            }
            assertThat(unsafe).as("raw control characters in %s:%n%s", name, text).isEmpty();
        });
    }
}
