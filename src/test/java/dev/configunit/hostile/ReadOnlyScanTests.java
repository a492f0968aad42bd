package dev.configunit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.configunit.cli.InProcessCli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scanning is read-only (product.md, non-negotiables): after any command but {@code fix} without {@code --dry-run},
 * every file of the scanned tree is byte-identical, with the same mode, owner and modification time, and the tree has
 * the same entries; the working directory gains nothing.
 *
 * <p>The tree holds the canary credential files and the hostile corpus but for its megabyte-sized inputs: special files,
 * link loops, links out of the tree, unparsable files.
 */
class ReadOnlyScanTests {

    @TempDir
    static Path temp;

    private static Path tree;

    /** One command that must not write: a name and how to run it on the tree. */
    record ReadingCommand(String name, Consumer<Path> run) {

        @Override
        public String toString() {
            return name;
        }
    }

    static final List<ReadingCommand> COMMANDS = List.of(
            cli("scan", "scan", "TREE"),
            cli("scan --format json, every client, every level", "scan", "TREE", "--format", "json", "--fail-on", "note",
                    "--clients", "docker,podman,gitlab-runner"),
            cli("scan of one file", "scan", "TREE/repository/hub/.docker/config.json"),
            cli("scan --rules with a credential file", "scan", "--rules", "TREE/repository/hub/.docker/config.json",
                    "TREE"),
            cli("scan --baseline", "scan", "--baseline", "TREE/repository/.gitlab-ci.yml", "TREE"),
            cli("fix --dry-run", "fix", "--dry-run", "TREE"),
            cli("rules", "rules"),
            new ReadingCommand("env", root -> InProcessCli.runInEnvironment(Map.of("HOME", root.resolve("home").toString(),
                    "REGISTRY_AUTH_FILE", root.resolve("repository/duplicate/containers/auth.json").toString(),
                    "DOCKER_AUTH_CONFIG", CanaryTree.dockerAuthConfig()), root.resolve("kaniko"), "env")),
            new ReadingCommand("the engine", root -> EntryPoint.ENGINE.run(new EntryPoint.Workspace(root, "", root, ""))));

    @BeforeAll
    static void writeTheTree() throws IOException {
        tree = Files.createDirectories(temp.resolve("tree"));
        CanaryTree.writeRepository(Files.createDirectories(tree.resolve("repository")));
        CanaryTree.writeHome(Files.createDirectories(tree.resolve("home")));
        Path corpus = Files.createDirectories(tree.resolve("corpus"));
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
                // a special file this machine cannot make: the others still prove the point
            }
        }
        HostileInput.write(tree.resolve("repository/.docker/config.json"), "{\"auths\": {\"docker.io\": {}}}"
                .getBytes(StandardCharsets.UTF_8));
    }

    static Stream<ReadingCommand> commands() {
        return COMMANDS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void leavesEveryInputAsItWas(ReadingCommand command) {
        TreeSnapshot before = TreeSnapshot.of(temp);

        command.run().accept(tree);

        assertThat(TreeSnapshot.of(temp).entries()).as("the tree after %s", command)
                .containsExactlyEntriesOf(before.entries());
    }

    @Test
    void theWorkingDirectoryGainsNothing() throws IOException {
        Path workingDirectory = Files.createDirectories(temp.resolve("cwd"));
        TreeSnapshot before = TreeSnapshot.of(temp);

        new ForkedJvm().in(workingDirectory).run(ForkedJvm.CLI, "scan", tree.toString(), "--format", "json");
        new ForkedJvm().in(workingDirectory).run(ForkedJvm.ENGINE, tree.toString());
        new ForkedJvm().in(workingDirectory).run(ForkedJvm.CLI, "fix", "--dry-run", tree.toString());

        assertThat(TreeSnapshot.of(temp).entries()).containsExactlyEntriesOf(before.entries());
        try (Stream<Path> files = Files.list(workingDirectory)) {
            assertThat(files).isEmpty();
        }
    }

    private static ReadingCommand cli(String name, String... args) {
        return new ReadingCommand(name, root -> InProcessCli.run(Stream.of(args)
                .map(arg -> arg.replace("TREE", root.toString())).toArray(String[]::new)));
    }
}
