package dev.configunit.hostile;

import dev.configunit.cli.InProcessCli;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs several commands in one JVM of its own and prints what each said, for {@link ForkedJvm}: arguments are groups
 * separated by {@code ;}, each {@code cli ARGS...} (the command line) or {@code engine DIR} (the engine's events).
 */
public final class SeveralCommandsMain {

    private SeveralCommandsMain() {
    }

    public static void main(String[] args) {
        List<List<String>> groups = new ArrayList<>();
        groups.add(new ArrayList<>());
        for (String arg : args) {
            if (arg.equals(";")) {
                groups.add(new ArrayList<>());
            } else {
                groups.get(groups.size() - 1).add(arg);
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> group : groups) {
            out.append("=== ").append(String.join(" ", group)).append('\n');
            List<String> rest = group.subList(1, group.size());
            if (group.get(0).equals("engine")) {
                Path dir = Path.of(rest.get(0));
                Transcript transcript = EntryPoint.ENGINE.run(new EntryPoint.Workspace(dir, "", dir, ""));
                out.append(transcript.outputs().get("events")).append("\n--- exit ").append(transcript.exitCode());
            } else {
                InProcessCli.Result result = InProcessCli.run(rest.toArray(String[]::new));
                out.append(result.out()).append("--- stderr\n").append(result.err()).append("--- exit ")
                        .append(result.exitCode());
            }
            out.append('\n');
        }
        System.out.print(out);
        System.out.flush();
        System.exit(0);
    }

    /** The arguments for {@link #main} that run {@code commands}, each a list of words. */
    static String[] arguments(List<List<String>> commands) {
        List<String> all = new ArrayList<>();
        for (List<String> command : commands) {
            if (!all.isEmpty()) {
                all.add(";");
            }
            all.addAll(command);
        }
        return all.toArray(String[]::new);
    }

    static List<String> words(String... words) {
        return Arrays.asList(words);
    }
}
