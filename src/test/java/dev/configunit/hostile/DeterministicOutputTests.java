package dev.configunit.hostile;

import static dev.configunit.hostile.SeveralCommandsMain.words;
import static org.assertj.core.api.Assertions.assertThat;

import dev.configunit.cli.InProcessCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deterministic (product.md, non-negotiables): the same input gives byte-identical output from every command, run
 * after run, from any working directory, in any locale and time zone, and the same relative paths from two working
 * directories that hold the same tree.
 */
class DeterministicOutputTests {

    private static final String ALL_CLIENTS = "docker,podman,gitlab-runner";

    @TempDir
    static Path temp;

    /** Every command over the tree {@code repo} and the home {@code home} below one base directory. */
    private static List<List<String>> commands(String repo, String home) {
        return List.of(
                words("cli", "scan", repo),
                words("cli", "scan", repo, "--format", "json", "--fail-on", "note", "--clients", ALL_CLIENTS),
                words("cli", "fix", "--dry-run", repo, "--clients", "docker,podman"),
                words("cli", "env", "--format", "json", "--fail-on", "note"),
                words("cli", "env", "--clients", ALL_CLIENTS),
                words("cli", "rules", "--format", "json"),
                words("engine", repo));
    }

    @BeforeAll
    static void writeTheSameTreeTwice() throws IOException {
        for (String base : List.of("a", "b")) {
            Path root = Files.createDirectories(temp.resolve(base));
            CanaryTree.writeRepository(Files.createDirectories(root.resolve("repo")));
            CanaryTree.writeHome(Files.createDirectories(root.resolve("home")));
            Path corpus = Files.createDirectories(root.resolve("repo/corpus"));
            for (int i = 0; i < HostileCorpus.ALL.size(); i++) {
                HostileInput input = HostileCorpus.ALL.get(i);
                if (input.isLarge()) {
                    continue;
                }
                Path home = corpus.resolve(String.format("%02d", i));
                Files.createDirectories(HostileCorpus.outside(home));
                try {
                    input.writeInto(home);
                } catch (IOException e) {
                    // a special file this machine cannot make
                }
            }
        }
    }

    @Test
    void everyCommandSaysTheSameTwiceInOneJvm() {
        Path repo = temp.resolve("a/repo");
        Map<String, String> environment = Map.of("HOME", temp.resolve("a/home").toString(),
                "DOCKER_AUTH_CONFIG", CanaryTree.dockerAuthConfig());
        for (List<String> command : commands(repo.toString(), "")) {
            List<String> args = command.subList(1, command.size());
            String first = run(command, repo, environment);
            String second = run(command, repo, environment);

            assertThat(second).as("the second run of %s", args).isEqualTo(first);
            assertThat(first).as("what %s said", args).isNotBlank();
        }
    }

    @Test
    void theWriteBaselineFileIsTheSameEveryTime() throws IOException {
        Path first = temp.resolve("first-baseline.yaml");
        Path second = temp.resolve("second-baseline.yaml");

        InProcessCli.run("scan", temp.resolve("a/repo").toString(), "--write-baseline", first.toString());
        InProcessCli.run("scan", temp.resolve("a/repo").toString(), "--write-baseline", second.toString());

        assertThat(Files.readString(second)).isNotBlank().isEqualTo(Files.readString(first));
    }

    @Test
    void theSameAbsolutePathGivesTheSameOutputFromAnotherWorkingDirectoryLocaleAndTimeZone() throws IOException {
        String repo = temp.resolve("a/repo").toString();
        String[] args = SeveralCommandsMain.arguments(commands(repo, ""));

        ForkedJvm.Run here = new ForkedJvm().in(Files.createDirectories(temp.resolve("x")))
                .env("HOME", temp.resolve("a/home").toString()).env("DOCKER_AUTH_CONFIG", CanaryTree.dockerAuthConfig())
                .run(SeveralCommandsMain.class.getName(), args);
        ForkedJvm.Run there = new ForkedJvm().in(Files.createDirectories(temp.resolve("y/z")))
                .option("-Duser.language=tr").option("-Duser.country=TR").option("-Duser.timezone=Asia/Kathmandu")
                .env("HOME", temp.resolve("a/home").toString()).env("DOCKER_AUTH_CONFIG", CanaryTree.dockerAuthConfig())
                .env("TZ", "Pacific/Kiritimati")
                .run(SeveralCommandsMain.class.getName(), args);

        assertThat(here.err()).doesNotContain("Exception");
        assertThat(firstDifference(here.out(), there.out())).as("from another working directory, in Turkish").isEmpty();
        assertThat(here.out()).contains("=== engine", "=== cli env", "=== cli fix");
    }

    @Test
    void theSameRelativePathFromTwoWorkingDirectoriesGivesTheSameOutput() {
        String[] args = SeveralCommandsMain.arguments(commands("repo", "home"));

        ForkedJvm.Run inA = new ForkedJvm().in(temp.resolve("a")).env("HOME", temp.resolve("a/home").toString())
                .run(SeveralCommandsMain.class.getName(), args);
        ForkedJvm.Run inB = new ForkedJvm().in(temp.resolve("b")).env("HOME", temp.resolve("b/home").toString())
                .run(SeveralCommandsMain.class.getName(), args);

        assertThat(inA.err()).doesNotContain("Exception");
        assertThat(firstDifference(inA.out(), inB.out())).as("the same tree in another directory").isEmpty();
        assertThat(inA.out()).contains("repo/hub/.docker/config.json").doesNotContain(temp.toString());
    }

    /** The first line where two outputs differ, with the command it belongs to; empty when they are equal. */
    static String firstDifference(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        String command = "";
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String left = i < a.size() ? a.get(i) : "<end>";
            String right = i < b.size() ? b.get(i) : "<end>";
            command = left.startsWith("=== ") ? left : command;
            if (!left.equals(right)) {
                return command + "\n  line " + (i + 1) + ", first run:  " + left + "\n  line " + (i + 1)
                        + ", second run: " + right;
            }
        }
        return "";
    }

    private static String run(List<String> command, Path repo, Map<String, String> environment) {
        List<String> args = command.subList(1, command.size());
        if (command.get(0).equals("engine")) {
            return EntryPoint.ENGINE.run(new EntryPoint.Workspace(repo, "", repo, "")).everything();
        }
        InProcessCli.Result result = InProcessCli.runInEnvironment(environment, temp.resolve("kaniko"),
                args.toArray(String[]::new));
        return result.exitCode() + "\n" + result.out() + "\n" + result.err();
    }
}
