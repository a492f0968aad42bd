package dev.configunit.hostile;

import java.nio.file.Path;

/**
 * Runs the engine on a directory in a JVM of its own and prints its discovery issues and events, one per line: the
 * engine's entry point for {@link ForkedJvm}. Exits 1 when a test failed, as the CLI does for an error finding.
 */
public final class EngineTranscriptMain {

    private EngineTranscriptMain() {
    }

    public static void main(String[] args) {
        Path home = Path.of(args[0]);
        Transcript transcript = EntryPoint.ENGINE.run(new EntryPoint.Workspace(home, "", home, ""));
        transcript.lines().forEach(System.out::println);
        System.err.print(transcript.outputs().get("stack traces"));
        System.exit(transcript.exitCode());
    }
}
