package dev.configunit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line around the commands: help and version on stdout with exit 0, usage errors on stderr with the
 * command's help and exit 2, an unexpected exception named by its class only.
 */
class CommandLineTests {

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h"})
    void theProgramsHelpGoesToStdout(String option) {
        CliRun run = CliRun.of(option);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: configunit [-hV] [COMMAND]").contains("Commands:");
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"scan", "env", "fix", "rules"})
    void everyCommandHasItsHelp(String command) {
        CliRun longName = CliRun.of(command, "--help");
        CliRun shortName = CliRun.of(command, "-h");

        assertThat(longName.exitCode()).isZero();
        assertThat(longName.out()).startsWith("Usage: configunit " + command + " [-hV]").isEqualTo(shortName.out());
        assertThat(longName.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V", "scan --version", "env -V", "fix -V", "rules --version"})
    void theVersionIsPrintedAtTheTopLevelAndByEveryCommand(String args) {
        CliRun run = CliRun.of(args.split(" "));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches("configunit \\S+\\R");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void helpWinsOverAMissingParameter() {
        assertThat(CliRun.of("fix", "--help").exitCode()).isZero();
    }

    @Test
    void aMissingCommandIsAUsageError() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("configunit: missing command: scan, env, fix or rules\nUsage: configunit ");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CliRun run = CliRun.of("lint", ".");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("configunit: unknown command 'lint' (expected scan, env, fix or rules)\n");
    }

    @Test
    void anUnknownOptionIsAUsageErrorFollowedByTheCommandsHelp() {
        CliRun run = CliRun.of("scan", "--no-such-option");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("configunit: unknown option '--no-such-option'\nUsage: configunit scan ");
    }

    @Test
    void aMissingValueIsAUsageError() {
        CliRun run = CliRun.of("scan", ".", "--fail-on");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("configunit: missing value for option '--fail-on' (LEVEL)\n");
    }

    @Test
    void fixWithoutAPathIsAUsageError() {
        CliRun run = CliRun.of("fix", "--dry-run");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("configunit: missing parameter PATH\nUsage: configunit fix ");
    }

    @Test
    void aParameterToACommandThatTakesNoneIsAUsageError() {
        CliRun run = CliRun.of("rules", "docker/hub-key");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("configunit: unexpected argument 'docker/hub-key'\n");
    }

    @Test
    void bothValueFormsReachTheCommand() {
        CliRun separate = CliRun.of("scan", "samples/bad-hub-key", "--format", "json", "--fail-on", "none",
                "--clients", "docker,podman");
        CliRun attached = CliRun.of("scan", "--format=json", "--fail-on=none", "--clients=docker",
                "--clients=podman", "samples/bad-hub-key");

        assertThat(separate.exitCode()).isZero();
        assertThat(separate.out()).startsWith("{").isEqualTo(attached.out());
    }

    @Test
    void anUnexpectedExceptionIsNamedByItsClassNeverItsMessage() {
        EnvCommand.environment = new HashMap<>() {
            @Override
            public String get(Object key) {
                throw new IllegalStateException("s3cr3t-from-a-library");
            }
        };
        try {
            CliRun run = CliRun.of("env");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo(
                    "configunit: internal error: java.lang.IllegalStateException (please report it)\n");
            assertThat(run.all()).doesNotContain("s3cr3t");
        } finally {
            EnvCommand.environment = System.getenv();
            EnvCommand.kanikoRoot = Path.of("/kaniko");
        }
    }

    @Test
    void runWritesToTheStandardStreams() {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            exit = Main.run("--version");
        } finally {
            System.setOut(original);
        }

        assertThat(exit).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("configunit ");
    }
}
