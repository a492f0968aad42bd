package dev.configunit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Never reveal a secret (product.md, non-negotiables), proven on everything every command writes: each command runs
 * in a JVM of its own over {@link CanaryTree}, and neither its stdout, its stderr (logs and crashes go there) nor any
 * file it writes contains a canary secret or its Base64 form.
 *
 * <p>A new command or report output is one more line in {@link #COMMANDS}: its arguments name the files it writes
 * with {@code OUT/name}, and those files are searched too.
 */
class SecretSafetyOfEveryOutputTests {

    private static final String TREE = "TREE";
    private static final String HOME = "HOME";
    private static final String OUT = "OUT/";

    /**
     * One command: a name, the main class, its arguments ({@code TREE}: the canary repository, {@code HOME}: the job's
     * home, {@code OUT/name}: a file it writes), and what it needs from the environment.
     */
    record Command(String name, String mainClass, List<String> args, UnaryOperator<ForkedJvm> environment) {

        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Command> COMMANDS = List.of(
            cli("scan", "scan", TREE),
            cli("scan, every client, every level", "scan", TREE, "--clients", "docker,podman,gitlab-runner",
                    "--fail-on", "note"),
            cli("scan --format json", "scan", TREE, "--format", "json", "--fail-on", "note",
                    "--clients", "docker,podman,gitlab-runner"),
            cli("scan --write-baseline", "scan", TREE, "--write-baseline", OUT + "baseline.yaml"),
            cli("scan with every report file", "scan", TREE, "--fail-on", "note", "--clients",
                    "docker,podman,gitlab-runner", "--sarif", OUT + "report.sarif", "--junit", OUT + "report.xml",
                    "--codequality", OUT + "codequality.json"),
            cli("scan of one file, as pre-commit runs it", "scan", TREE + "/hub/.docker/config.json"),
            cli("scan --rules with a credential file", "scan", "--rules", TREE + "/hub/.docker/config.json", TREE),
            cli("scan --rules with a credential file whose first key has user information", "scan", "--rules",
                    TREE + "/userinfo-first/pull-secret.json", TREE),
            cli("scan --rules with a broken credential file", "scan", "--rules",
                    TREE + "/unterminated/.docker/config.json", TREE),
            cli("scan --baseline with a credential file", "scan", "--baseline", TREE + "/hub/.docker/config.json", TREE),
            cli("scan --baseline with a broken credential file", "scan", "--baseline",
                    TREE + "/comma/.docker/config.json", TREE),
            env("env", "env", "--fail-on", "note"),
            env("env --format json", "env", "--format", "json", "--fail-on", "note", "--clients",
                    "docker,podman,gitlab-runner"),
            env("env with every report file", "env", "--fail-on", "note", "--sarif", OUT + "env.sarif", "--junit",
                    OUT + "env.xml", "--codequality", OUT + "env-codequality.json"),
            cli("fix --dry-run", "fix", "--dry-run", TREE, "--clients", "docker,podman"),
            cli("fix", "fix", OUT + "copy", "--clients", "docker"),
            cli("rules", "rules"),
            new Command("the engine, every event and stack trace", ForkedJvm.ENGINE, List.of(TREE), jvm -> jvm));

    @TempDir
    static Path temp;

    private static Path tree;
    private static Path home;

    @BeforeAll
    static void writeTheCanaries() throws IOException {
        tree = Files.createDirectories(temp.resolve("repository"));
        home = Files.createDirectories(temp.resolve("home"));
        CanaryTree.writeRepository(tree);
        CanaryTree.writeHome(home);
    }

    static Stream<Command> commands() {
        return COMMANDS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void nothingACommandWritesRevealsASecret(Command command) throws IOException {
        Path out = Files.createDirectories(temp.resolve("out-" + COMMANDS.indexOf(command)));
        if (command.args().contains(OUT + "copy")) {
            CanaryTree.writeRepository(Files.createDirectories(out.resolve("copy")));
        }
        List<String> args = command.args().stream()
                .map(arg -> arg.replace(TREE, tree.toString()).replace(HOME, home.toString()))
                .map(arg -> arg.startsWith(OUT) ? out.resolve(arg.substring(OUT.length())).toString() : arg)
                .toList();

        ForkedJvm.Run run = command.environment().apply(new ForkedJvm().in(temp))
                .run(command.mainClass(), args.toArray(String[]::new));

        Map<String, String> written = new LinkedHashMap<>();
        written.put("stdout", run.out());
        written.put("stderr", run.err());
        for (String arg : command.args()) {
            if (arg.startsWith(OUT) && !arg.equals(OUT + "copy")) {
                Path file = out.resolve(arg.substring(OUT.length()));
                assertThat(file).as("%s writes %s", command, file).exists();
                written.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        assertThat(run.both()).as("%s said something", command).isNotBlank();
        assertThat(run.both()).as("%s crashed", command).doesNotContain("internal error");
        assertNoSecretIn(command, written);
    }

    @Test
    void theCanariesGiveTheRulesSomethingToSayAboutTheirSecrets() {
        ForkedJvm.Run run = new ForkedJvm().run(ForkedJvm.CLI, "scan", tree.toString(), "--fail-on", "note",
                "--clients", "docker,podman,gitlab-runner");

        assertThat(run.out()).as(run.both()).contains("docker/auth-base64", "docker/auth-format",
                "docker/auth-whitespace", "docker/inline-credentials", "docker/plaintext-password",
                "docker/auth-conflict", "docker/store-shadows-auth", "docker/unknown-key", "docker/legacy-field",
                "docker/duplicate-registry", "docker/schema", "docker/json-syntax", "docker/auth-config-env",
                "docker/file-permissions", "docker/hub-key", "docker/registry-key");
        assertThat(run.out().lines().count()).isGreaterThan(50);
    }

    @Test
    void theFixDiffShowsEveryRepairedAuthAsMasked() {
        ForkedJvm.Run run = new ForkedJvm().run(ForkedJvm.CLI, "fix", "--dry-run",
                tree.resolve("legacy/.dockercfg").toString());

        assertThat(run.out()).as(run.both()).contains("\"auth\": \"***\"").doesNotContain(CanaryTree.base64(
                CanaryTree.PAIR));
    }

    private static void assertNoSecretIn(Command command, Map<String, String> written) {
        written.forEach((output, text) -> {
            List<String> leaks = new ArrayList<>();
            for (String secret : CanaryTree.FORBIDDEN) {
                text.lines().filter(line -> line.contains(secret)).forEach(line -> leaks.add(secret + " in: " + line));
            }
            assertThat(leaks).as("secrets in the %s of %s", output, command).isEmpty();
        });
    }

    private static Command cli(String name, String... args) {
        return new Command(name, ForkedJvm.CLI, List.of(args), jvm -> jvm);
    }

    /** {@code configunit env} in a job whose home, podman file and DOCKER_AUTH_CONFIG hold canaries. */
    private static Command env(String name, String... args) {
        return new Command(name, ForkedJvm.CLI, List.of(args), jvm -> jvm
                .env("HOME", home.toString())
                .env("REGISTRY_AUTH_FILE", tree.resolve("duplicate/containers/auth.json").toString())
                .env("DOCKER_AUTH_CONFIG", CanaryTree.dockerAuthConfig()));
    }
}
