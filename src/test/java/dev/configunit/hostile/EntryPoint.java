package dev.configunit.hostile;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import dev.configunit.cli.InProcessCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every way ConfigUnit reads an input, each run on one {@link Workspace}: a home directory holding the input and a
 * well-formed sibling with a known note.
 *
 * <p>A new entry point (an image scan, a report file) is one more constant here; every hostile input then goes
 * through it.
 */
enum EntryPoint {

    SCAN_TEXT("configunit scan HOME") {
        @Override
        Transcript run(Workspace w) {
            return cli(InProcessCli.run("scan", w.home().toString()));
        }
    },

    SCAN_JSON("configunit scan HOME --format json") {
        @Override
        Transcript run(Workspace w) {
            InProcessCli.Result result = InProcessCli.run("scan", w.home().toString(), "--format", "json");
            Map<String, String> outputs = new LinkedHashMap<>();
            outputs.put(Transcript.JSON_STDOUT, result.out());
            outputs.put("stderr", result.err());
            return new Transcript(result.exitCode(), outputs, jsonLines(result));
        }
    },

    ENGINE("the configunit engine, selectDirectory(HOME)") {
        @Override
        Transcript run(Workspace w) {
            return engine(w.home());
        }
    },

    ENV("configunit env, HOME=HOME") {
        @Override
        Transcript run(Workspace w) {
            return cli(InProcessCli.runInEnvironment(Map.of("HOME", w.home().toString()), w.empty().resolve("kaniko"),
                    "env"));
        }

        @Override
        String display(Workspace w) {
            return "~/" + w.target();
        }

        @Override
        String siblingDisplay(Workspace w) {
            return "~/" + Workspace.SIBLING;
        }
    },

    ENV_VARIABLE("configunit env, DOCKER_AUTH_CONFIG=the input") {
        @Override
        Transcript run(Workspace w) {
            return cli(InProcessCli.runInEnvironment(
                    Map.of("HOME", w.empty().toString(), "DOCKER_AUTH_CONFIG", w.targetText()),
                    w.empty().resolve("kaniko"), "env"));
        }

        @Override
        String display(Workspace w) {
            return "$DOCKER_AUTH_CONFIG";
        }

        @Override
        String siblingDisplay(Workspace w) {
            return null;
        }
    },

    FIX_DRY_RUN("configunit fix --dry-run HOME") {
        @Override
        Transcript run(Workspace w) {
            return cli(InProcessCli.run("fix", "--dry-run", w.home().toString()));
        }

        @Override
        String display(Workspace w) {
            return w.home().resolve(w.target()).toString();
        }

        @Override
        String siblingDisplay(Workspace w) {
            return w.home().resolve(Workspace.SIBLING).toString();
        }

        @Override
        String siblingFragment() {
            return "would fix";
        }
    },

    RULE_FILE("configunit scan --rules INPUT EMPTY") {
        @Override
        Transcript run(Workspace w) {
            return cli(InProcessCli.run("scan", "--rules", w.home().resolve(w.target()).toString(),
                    w.empty().toString()));
        }

        @Override
        String display(Workspace w) {
            return w.home().resolve(w.target()).toString();
        }

        @Override
        String siblingDisplay(Workspace w) {
            return null;
        }
    },

    SUPPRESSION_FILE("configunit scan --baseline INPUT EMPTY") {
        @Override
        Transcript run(Workspace w) {
            return cli(InProcessCli.run("scan", "--baseline", w.home().resolve(w.target()).toString(),
                    w.empty().toString()));
        }

        @Override
        String display(Workspace w) {
            return w.home().resolve(w.target()).toString();
        }

        @Override
        String siblingDisplay(Workspace w) {
            return null;
        }
    };

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String description;

    EntryPoint(String description) {
        this.description = description;
    }

    /** Runs the entry point on the workspace. */
    abstract Transcript run(Workspace w);

    /** How the entry point names the input: by default its path relative to the scanned home. */
    String display(Workspace w) {
        return w.target();
    }

    /** How it names the well-formed sibling, or {@code null} when it does not read the sibling. */
    String siblingDisplay(Workspace w) {
        return Workspace.SIBLING;
    }

    /** What it says about the sibling: its note. */
    String siblingFragment() {
        return "docker/empty-entry";
    }

    @Override
    public String toString() {
        return description;
    }

    /**
     * Where a hostile input is run: its home directory, the input's path in it, and an empty directory.
     *
     * @param home the directory holding the input and its sibling
     * @param target the input's path relative to the home
     * @param empty an empty directory (a scan root with no credential file, a home with none)
     * @param targetText the input as text, for entry points that take it as a value
     */
    record Workspace(Path home, String target, Path empty, String targetText) {

        /** A well-formed podman file with one note (docker/empty-entry), beside every input. */
        static final String SIBLING = ".config/containers/auth.json";
        static final String SIBLING_CONTENT = "{\"auths\": {\"quay.io\": {}}}\n";
    }

    private static Transcript cli(InProcessCli.Result result) {
        return new Transcript(result.exitCode(), outputs(result), Transcript.linesOf(result.out(), result.err()));
    }

    private static Map<String, String> outputs(InProcessCli.Result result) {
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("stdout", result.out());
        outputs.put("stderr", result.err());
        return outputs;
    }

    /** The JSON report as text lines: {@code path:line:col: level rule message} and {@code path: skipped message}. */
    private static List<String> jsonLines(InProcessCli.Result result) {
        List<String> lines = new ArrayList<>(Transcript.linesOf(result.err()));
        if (result.out().isBlank()) {
            return lines;
        }
        JsonNode report = JSON.readTree(result.out());
        for (JsonNode f : report.get("findings")) {
            lines.add(f.get("path").asString() + ":" + f.get("line").asInt() + ":" + f.get("column").asInt() + ": "
                    + f.get("level").asString() + " " + f.get("rule").asString() + " " + f.get("message").asString());
        }
        for (JsonNode e : report.get("errors")) {
            lines.add(e.get("path").asString() + ": skipped " + e.get("message").asString());
        }
        return lines;
    }

    /** The engine's discovery issues and events, one line each, and 1 as exit code when a test failed. */
    private static Transcript engine(Path home) {
        List<String> lines = new ArrayList<>();
        for (DiscoveryIssue issue : EngineTestKit.engine("configunit").selectors(selectDirectory(home.toFile()))
                .discover().getDiscoveryIssues()) {
            lines.add("issue: " + issue.severity() + " " + issue.message());
        }
        EngineExecutionResults results = EngineTestKit.engine("configunit")
                .selectors(selectDirectory(home.toFile())).execute();
        StringWriter traces = new StringWriter();
        for (Event event : results.allEvents().list()) {
            TestDescriptor test = event.getTestDescriptor();
            String where = test.getParent().map(TestDescriptor::getDisplayName).orElse("") + " ["
                    + lastSegment(test.getUniqueId()) + "]";
            event.getPayload(ReportEntry.class).ifPresent(entry -> lines.add(where + ": entry " + entry.getKeyValuePairs()));
            event.getPayload(TestExecutionResult.class)
                    .filter(result -> result.getStatus() != TestExecutionResult.Status.SUCCESSFUL)
                    .ifPresent(result -> {
                        lines.add(where + ": " + result.getStatus() + " "
                                + result.getThrowable().map(Throwable::getMessage).orElse(""));
                        result.getThrowable().ifPresent(t -> t.printStackTrace(new PrintWriter(traces)));
                    });
        }
        int exitCode = results.testEvents().failed().count() > 0 ? 1 : 0;
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("events", String.join("\n", lines));
        outputs.put("stack traces", traces.toString());
        return new Transcript(exitCode, outputs, lines);
    }

    private static String lastSegment(UniqueId id) {
        List<UniqueId.Segment> segments = id.getSegments();
        return segments.get(segments.size() - 1).getValue();
    }
}
