package dev.configunit.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.configunit.finding.Finding;
import dev.configunit.finding.Level;
import dev.configunit.lint.RuleOutcome;
import dev.configunit.source.FileFacts;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@code docker/file-permissions}: a credential file should be 0600 in a 0700 directory, owned by its user.
 *
 * <p>docker-auth-semantics.md §1.7 (the CLI writes 0600 temp files in 0700 directories and copies the mode of an
 * existing file; nothing checks on read), §2.4 (containers/image always 0600), §9 (advisory; worse when the file
 * holds inline secrets).
 */
class FilePermissionsCheckTests {

    private static final String RULE = "docker/file-permissions";
    private static final String HELPER_ONLY = "{\"credsStore\": \"desktop\"}";
    private static final String INLINE_AUTH = "{\"auths\": {\"registry.example.com\": {\"auth\": \"dXNlcjpwYXNz\"}}}";

    private static FileFacts facts(int mode, String owner, String directory, int directoryMode, String homeOwner) {
        return new FileFacts(mode, owner, directory, directoryMode, homeOwner);
    }

    @Test
    void mode0600InA0700DockerDirectoryOwnedByTheHomeOwnerPasses() {
        RuleOutcome outcome = LintRun.dockerConfig().facts(facts(0600, "u", ".docker", 0700, "u"))
                .outcome(RULE, INLINE_AUTH);

        assertThat(outcome.status()).isEqualTo(RuleOutcome.Status.PASSED);
    }

    @Test
    void groupAndWorldReadableFileWithoutSecretsIsAWarningOnTheWholeFile() {
        // §1.7: an existing 0644 file stays 0644 when docker login rewrites it
        Finding finding = LintRun.dockerConfig().facts(facts(0644, "u", ".docker", 0700, "u"))
                .single(RULE, HELPER_ONLY);

        assertThat(finding.ruleId()).isEqualTo(RULE);
        assertThat(finding.level()).isEqualTo(Level.WARNING);
        assertThat(finding.pointer()).isEmpty();
        assertThat(finding.region().line()).isEqualTo(1);
        assertThat(finding.region().column()).isEqualTo(1);
        assertThat(finding.message()).isEqualTo("The file is mode 0644: group or others may read it. Run chmod 600 on"
                + " it");
        assertThat(finding.clients()).containsExactly("docker");
    }

    @Test
    void groupAndWorldReadableFileWithAnInlineSecretIsAnError() {
        // §9: the rule matters for files that contain inline auth/password/identitytoken/registrytoken
        Finding finding = LintRun.dockerConfig().facts(facts(0644, "u", ".docker", 0700, "u"))
                .single(RULE, INLINE_AUTH);

        assertThat(finding.level()).isEqualTo(Level.ERROR);
        assertThat(finding.message()).isEqualTo("The file is mode 0644: group or others may read it. Run chmod 600 on"
                + " it");
    }

    @Test
    void anyGroupOrOtherBitCounts() {
        assertThat(LintRun.dockerConfig().facts(facts(0640, "u", ".docker", 0700, "u")).single(RULE, HELPER_ONLY)
                .message()).startsWith("The file is mode 0640:");
        assertThat(LintRun.dockerConfig().facts(facts(0604, "u", ".docker", 0700, "u")).single(RULE, HELPER_ONLY)
                .message()).startsWith("The file is mode 0604:");
    }

    @Test
    void ownerOnlyModesOtherThan0600Pass() {
        assertThat(LintRun.dockerConfig().facts(facts(0400, "u", ".docker", 0700, "u")).findings(RULE, INLINE_AUTH))
                .isEmpty();
        assertThat(LintRun.dockerConfig().facts(facts(0700, "u", ".docker", 0700, "u")).findings(RULE, INLINE_AUTH))
                .isEmpty();
    }

    @Test
    void worldWritableDockerDirectoryIsReported() {
        Finding finding = LintRun.dockerConfig().facts(facts(0600, "u", ".docker", 0777, "u"))
                .single(RULE, HELPER_ONLY);

        assertThat(finding.level()).isEqualTo(Level.WARNING);
        assertThat(finding.message()).isEqualTo("The .docker directory is mode 0777: group or others may write it."
                + " Run chmod 700 on it");
    }

    @Test
    void worldWritableDirectoryOfAFileWithSecretsIsAnError() {
        Finding finding = LintRun.dockerConfig().facts(facts(0600, "u", ".docker", 0777, "u"))
                .single(RULE, INLINE_AUTH);

        assertThat(finding.level()).isEqualTo(Level.ERROR);
    }

    @Test
    void groupWritableContainersDirectoryIsReported() {
        // §2.4: containers/image writes auth.json into a 0700 directory
        Finding finding = LintRun.containersAuth().facts(facts(0600, "u", "containers", 0770, null))
                .single(RULE, INLINE_AUTH);

        assertThat(finding.message()).isEqualTo("The containers directory is mode 0770: group or others may write it."
                + " Run chmod 700 on it");
        assertThat(finding.clients()).containsExactly("podman");
    }

    @Test
    void readableButNotWritableDirectoryPasses() {
        assertThat(LintRun.dockerConfig().facts(facts(0600, "u", ".docker", 0755, "u")).findings(RULE, INLINE_AUTH))
                .isEmpty();
    }

    @Test
    void directoriesOtherThanDockerAndContainersAreNotJudged() {
        // a config.json committed under app/ sits in whatever directory the repository has
        assertThat(LintRun.dockerConfig().facts(facts(0600, "u", "app", 0777, null)).findings(RULE, INLINE_AUTH))
                .isEmpty();
    }

    @Test
    void unknownDirectoryModeIsNotJudged() {
        assertThat(LintRun.dockerConfig().facts(facts(0600, "u", ".docker", -1, "u")).findings(RULE, INLINE_AUTH))
                .isEmpty();
    }

    @Test
    void fileOwnedBySomeoneElseThanTheHomeOwnerIsReported() {
        // §1.7: `sudo docker login` used to leave a root-owned file (docker/docs#5326)
        Finding finding = LintRun.dockerConfig().facts(facts(0600, "root", ".docker", 0700, "u"))
                .single(RULE, HELPER_ONLY);

        assertThat(finding.level()).isEqualTo(Level.WARNING);
        assertThat(finding.message()).isEqualTo("The file is owned by root, not by u who owns the home it sits in."
                + " Run chown on it");
    }

    @Test
    void unknownHomeOwnerIsNotJudged() {
        assertThat(LintRun.dockerConfig().facts(facts(0600, "root", ".docker", 0700, null)).findings(RULE, INLINE_AUTH))
                .isEmpty();
    }

    @Test
    void reportsEveryFaultOnce() {
        assertThat(LintRun.dockerConfig().facts(facts(0666, "root", ".docker", 0777, "u")).findings(RULE, INLINE_AUTH))
                .extracting(Finding::message)
                .containsExactlyInAnyOrder(
                        "The file is mode 0666: group or others may read it. Run chmod 600 on it",
                        "The .docker directory is mode 0777: group or others may write it. Run chmod 700 on it",
                        "The file is owned by root, not by u who owns the home it sits in. Run chown on it")
                .hasSize(3);
        assertThat(LintRun.dockerConfig().facts(facts(0666, "root", ".docker", 0777, "u")).findings(RULE, INLINE_AUTH))
                .allSatisfy(f -> assertThat(f.level()).isEqualTo(Level.ERROR));
    }

    @Test
    void withoutFileFactsThereIsNothingToJudge() {
        // a DOCKER_AUTH_CONFIG value or a file system without POSIX attributes
        RuleOutcome outcome = LintRun.dockerConfig().facts(Optional::empty).outcome(RULE, INLINE_AUTH);

        assertThat(outcome.status()).isEqualTo(RuleOutcome.Status.PASSED);
    }

    @Test
    void readsTheFactsOnlyOnce() {
        AtomicInteger calls = new AtomicInteger();

        LintRun.dockerConfig().facts(() -> {
            calls.incrementAndGet();
            return Optional.of(facts(0644, "u", ".docker", 0700, "u"));
        }).report(INLINE_AUTH);

        assertThat(calls).hasValue(1);
    }

    @Test
    void emptyEntriesAreNotSecrets() {
        // §1.5: {} placeholders with a helper; a 0644 helper-only file is only a warning
        String config = "{\"auths\": {\"registry.example.com\": {}}, \"credsStore\": \"desktop\"}";

        assertThat(LintRun.dockerConfig().facts(facts(0644, "u", ".docker", 0700, "u")).single(RULE, config).level())
                .isEqualTo(Level.WARNING);
    }
}
