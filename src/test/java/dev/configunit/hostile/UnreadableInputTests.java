package dev.configunit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unreadable files and directories are findings or named skips, and the scan goes on (product.md: "unreadable files
 * ... are reported and skipped, never hang"). Root reads everything, so as root these runs drop to user
 * {@code nobody} with {@code setpriv}; where that is impossible they are skipped with the reason.
 */
class UnreadableInputTests {

    /** {@code nobody} on Debian and most Linux systems. */
    private static final int NOBODY = 65534;

    @TempDir
    static Path temp;

    private static Path tree;
    private static String classPath;
    private static boolean root;

    @BeforeAll
    static void writeATreeOnlyPartlyReadable() throws IOException, InterruptedException {
        root = "root".equals(System.getProperty("user.name"));
        tree = temp.resolve("tree");
        write("ok/.docker/config.json", "{\"auths\": {\"docker.io\": {}}}");
        write("unreadable-file/.docker/config.json", "{\"auths\": {}}");
        write("unreadable-dir/.docker/config.json", "{\"auths\": {}}");
        write("unlistable/.docker/config.json", "{\"auths\": {}}");
        write("unreadable-ci/.gitlab-ci.yml", "variables:\n  DOCKER_AUTH_CONFIG: '{\"auths\": {}}'\n");
        write("unreadable-data/pull-secret.json", "{\"auths\": {}}");
        if (root) {
            classPath = ForkedJvm.readableClassPath(Files.createDirectories(temp.resolve("classpath")));
        }
        ForkedJvm.openToAll(temp);
        mode("unreadable-file/.docker/config.json", "---------");
        mode("unreadable-dir/.docker", "---------");
        mode("unlistable", "-wx--x--x");
        mode("unreadable-ci/.gitlab-ci.yml", "---------");
        mode("unreadable-data/pull-secret.json", "---------");
        if (root) {
            Process probe = new ProcessBuilder("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups",
                    "--", "true").start();
            Assumptions.assumeTrue(probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0,
                    "running as root, and setpriv cannot switch to user nobody: unreadable files cannot be made");
        }
    }

    @Test
    void scanReportsEveryUnreadableInputByNameAndGoesOn() {
        ForkedJvm.Run run = unprivileged().run(ForkedJvm.CLI, "scan", tree.toString());

        assertThat(run.exitCode()).as(run.both()).isEqualTo(1);
        assertThat(run.out()).as(run.both()).contains(
                "ok/.docker/config.json:1:12: error docker/hub-key",
                "unreadable-file/.docker/config.json:1:1: error docker/json-syntax The file cannot be read "
                        + "(permission denied)",
                "unreadable-dir/.docker: skipped cannot read: permission denied",
                "unlistable: skipped cannot read: permission denied",
                "unreadable-ci/.gitlab-ci.yml: skipped cannot read: permission denied; its DOCKER_AUTH_CONFIG values "
                        + "are not checked",
                "unreadable-data/pull-secret.json: skipped cannot read: permission denied");
        assertThat(run.both()).doesNotContain("Exception", "internal error");
    }

    @Test
    void theEngineFailsOnTheUnreadableConfigAndWarnsOfTheRest() {
        ForkedJvm.Run run = unprivileged().run(ForkedJvm.ENGINE, tree.toString());

        assertThat(run.exitCode()).as(run.both()).isEqualTo(1);
        assertThat(run.out()).as(run.both()).contains(
                "unreadable-file/.docker/config.json [docker/json-syntax]: FAILED",
                "ok/.docker/config.json [docker/hub-key]: FAILED",
                "ConfigUnit skipped unreadable-dir/.docker: cannot read: permission denied",
                "ConfigUnit skipped unreadable-ci/.gitlab-ci.yml: cannot read: permission denied");
    }

    @Test
    void envSaysWhenTheHomesDockerDirectoryCannotBeRead() {
        ForkedJvm.Run run = unprivileged().env("HOME", tree.resolve("unreadable-dir").toString())
                .run(ForkedJvm.CLI, "env");

        assertThat(run.exitCode()).as(run.both()).isZero();
        assertThat(run.out()).as(run.both())
                .contains("~/.docker/config.json: skipped cannot read: permission denied on a directory on its path");
    }

    @Test
    void envFailsOnAnUnreadableConfig() {
        ForkedJvm.Run run = unprivileged().env("HOME", tree.resolve("unreadable-file").toString())
                .run(ForkedJvm.CLI, "env");

        assertThat(run.exitCode()).as(run.both()).isEqualTo(1);
        assertThat(run.out()).as(run.both())
                .contains("~/.docker/config.json:1:1: error docker/json-syntax The file cannot be read (permission denied)");
    }

    @Test
    void fixRefusesWhatItCannotReadAndFixesTheRest() {
        ForkedJvm.Run run = unprivileged().run(ForkedJvm.CLI, "fix", "--dry-run", tree.toString());

        assertThat(run.exitCode()).as(run.both()).isEqualTo(1);
        assertThat(run.out()).as(run.both()).contains("would fix " + tree.resolve("ok/.docker/config.json"));
        assertThat(run.err()).as(run.both()).contains(
                tree.resolve("unreadable-file/.docker/config.json") + ": refused, nothing changed: cannot read it: "
                        + "permission denied",
                tree.resolve("unreadable-dir/.docker") + ": refused, nothing changed: cannot read: permission denied");
    }

    @Test
    void anUnreadableRuleFileIsAConfigurationError() {
        Path rules = tree.resolve("unreadable-file/.docker/config.json");

        ForkedJvm.Run run = unprivileged().run(ForkedJvm.CLI, "scan", "--rules", rules.toString(),
                tree.resolve("ok").toString());

        assertThat(run.exitCode()).as(run.both()).isEqualTo(2);
        assertThat(run.err()).as(run.both()).contains("rule file error: " + rules + ":1:1: cannot read rule file: "
                + "permission denied");
    }

    private static ForkedJvm unprivileged() {
        ForkedJvm jvm = new ForkedJvm().in(temp);
        return root ? jvm.as(NOBODY, classPath) : jvm;
    }

    private static void write(String relative, String content) throws IOException {
        HostileInput.write(tree.resolve(relative), content.getBytes(StandardCharsets.UTF_8));
    }

    private static void mode(String relative, String mode) throws IOException {
        Files.setPosixFilePermissions(tree.resolve(relative), PosixFilePermissions.fromString(mode));
    }
}
