package dev.configunit.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.configunit.finding.Finding;
import dev.configunit.finding.Level;
import dev.configunit.lint.RuleOutcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * {@code docker/hub-key}: Docker Hub credentials must be keyed exactly {@code https://index.docker.io/v1/}.
 *
 * <p>docker-auth-semantics.md §1.4 (the CLI maps {@code docker.io}/{@code index.docker.io} to that one key and
 * looks it up exactly; the legacy loop can never match a Hub lookup key), §1.5 (credHelpers use the same key),
 * §2.3 (podman normalises every lower-case spelling), §4.2 (GitLab Runner normalises some).
 */
class HubKeyCheckTests {

    private static final String RULE = "docker/hub-key";
    private static final String AUTH = LintRun.b64("user:pass");

    /** The key sits on line 3, column 5. */
    private static String configKeyedBy(String key) {
        return """
                {
                  "auths": {
                    "%s": {"auth": "%s"}
                  }
                }
                """.formatted(key, AUTH);
    }

    private static String message(String key) {
        return "Docker Hub credentials keyed \"" + key + "\" are never found by docker (CLI, dockerd, crane, kaniko);"
                + " key them \"https://index.docker.io/v1/\"";
    }

    @Test
    void canonicalHubKeyPasses() {
        // §1.4: the CLI looks up exactly https://index.docker.io/v1/
        RuleOutcome outcome = LintRun.dockerConfig().outcome(RULE, configKeyedBy("https://index.docker.io/v1/"));

        assertThat(outcome.status()).isEqualTo(RuleOutcome.Status.PASSED);
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void reportsDockerIoKeyOnTheKeyWithFixAndBrokenClient() {
        // §1.4 table: "docker.io" is never found by the CLI (the classic failure, §7)
        Finding finding = LintRun.dockerConfig().single(RULE, configKeyedBy("docker.io"));

        assertThat(finding.ruleId()).isEqualTo(RULE);
        assertThat(finding.level()).isEqualTo(Level.ERROR);
        assertThat(finding.pointer()).isEqualTo("/auths/docker.io");
        assertThat(finding.region().line()).isEqualTo(3);
        assertThat(finding.region().column()).isEqualTo(5);
        assertThat(finding.region().end().column()).isEqualTo(5 + "\"docker.io\"".length());
        assertThat(finding.message()).isEqualTo(message("docker.io"));
        assertThat(finding.clients()).containsExactly("docker");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "docker.io",
        "index.docker.io",                // §1.4: getAuthConfigKey maps it, but a key of that name is never looked up
        "registry-1.docker.io",           // §1.4: not normalised (PR #5379 reverted)
        "https://index.docker.io/v1",     // §1.4: no trailing slash, not exact (buildpacks/lifecycle#608)
        "http://index.docker.io/v1/",     // §1.4: not exact
        "https://docker.io",              // rules.md
        "https://registry-1.docker.io/v2/",
        "DOCKER.IO",                      // any case variant: map keys compare case-sensitively (§1.2)
        "Index.Docker.io",
        "HTTPS://INDEX.DOCKER.IO/V1/"
    })
    void reportsEveryNonCanonicalHubSpellingForDocker(String key) {
        // §1.4 table "found by docker CLI? no"
        Finding finding = LintRun.dockerConfig().single(RULE, configKeyedBy(key));

        assertThat(finding.level()).isEqualTo(Level.ERROR);
        assertThat(finding.region().line()).isEqualTo(3);
        assertThat(finding.region().column()).isEqualTo(5);
        assertThat(finding.message()).isEqualTo(message(key));
        assertThat(finding.clients()).containsExactly("docker");
    }

    @ParameterizedTest
    @ValueSource(strings = {"registry.example.com", "quay.io/org/app", "localhost:5000", "docker.example.com",
        "mydocker.io", "index.docker.io.example.com:5000"})
    void leavesOtherRegistriesAlone(String key) {
        assertThat(LintRun.dockerConfig().findings(RULE, configKeyedBy(key))).isEmpty();
    }

    @Test
    void namesOnlyTheClientsThatMissEachSpelling() {
        // §9 table, "Hub key not exactly https://index.docker.io/v1/": GitLab Runner finds docker.io and
        // http(s)://index.docker.io..., not index.docker.io or registry-1.docker.io (§4.2); podman finds them all
        // (§2.3). The message lists the selected clients that break.
        LintRun all = LintRun.dockerConfig().allClients();

        assertThat(all.single(RULE, configKeyedBy("docker.io")).clients()).containsExactly("docker");
        assertThat(all.single(RULE, configKeyedBy("https://index.docker.io/v1")).clients())
                .containsExactly("docker");
        assertThat(all.single(RULE, configKeyedBy("http://index.docker.io/v1/")).clients())
                .containsExactly("docker");
        assertThat(all.single(RULE, configKeyedBy("index.docker.io")).clients())
                .containsExactly("docker", "gitlab-runner");
        Finding registry1 = all.single(RULE, configKeyedBy("registry-1.docker.io"));
        assertThat(registry1.clients()).containsExactly("docker", "gitlab-runner");
        // §4.2, §2.3: GitLab Runner and podman cut only http(s):// keys to their host; another scheme stays in
        assertThat(all.single(RULE, configKeyedBy("ftp://docker.io")).clients())
                .containsExactly("docker", "podman", "gitlab-runner");
        assertThat(registry1.message()).isEqualTo("Docker Hub credentials keyed \"registry-1.docker.io\" are never"
                + " found by docker (CLI, dockerd, crane, kaniko) and GitLab runners; key them"
                + " \"https://index.docker.io/v1/\"");
    }

    @Test
    void upperCaseHubKeyIsMissedByPodmanToo() {
        // §2.3: podman strips a literal "http://"/"https://" and compares the host with "docker.io",
        // "index.docker.io", "registry-1.docker.io" exactly; "DOCKER.IO" equals none of them
        Finding finding = LintRun.containersAuth().single(RULE, configKeyedBy("DOCKER.IO"));

        assertThat(finding.clients()).containsExactly("podman");
    }

    @Test
    void credHelperKeyedDockerIoIsReportedWithTheHelperMessage() {
        // §1.5: the helper is chosen with the normalised key, so credHelpers["docker.io"] is never consulted
        String config = """
                {
                  "credHelpers": {
                    "docker.io": "desktop"
                  }
                }
                """;

        Finding finding = LintRun.dockerConfig().single(RULE, config);

        assertThat(finding.level()).isEqualTo(Level.ERROR);
        assertThat(finding.pointer()).isEqualTo("/credHelpers/docker.io");
        assertThat(finding.region().line()).isEqualTo(3);
        assertThat(finding.region().column()).isEqualTo(5);
        assertThat(finding.message()).isEqualTo("The Docker Hub credential helper keyed \"docker.io\" in credHelpers"
                + " is never used by docker (CLI, dockerd, crane, kaniko); key it \"https://index.docker.io/v1/\"");
        assertThat(finding.clients()).containsExactly("docker");
    }

    @Test
    void canonicalCredHelperKeyPasses() {
        String config = "{\"credHelpers\": {\"https://index.docker.io/v1/\": \"desktop\"}}";

        assertThat(LintRun.dockerConfig().findings(RULE, config)).isEmpty();
    }

    @Test
    void credHelperKeyedDockerIoIsWhatPodmanLooksUp() {
        // §2.3 step 1 and §9: podman looks up credHelpers[registry] with registry "docker.io", exactly
        String config = "{\"credHelpers\": {\"docker.io\": \"desktop\"}}";

        assertThat(LintRun.containersAuth().findings(RULE, config)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.docker.io", "registry-1.docker.io"})
    void credHelperKeyedOtherThanDockerIoIsMissedByPodman(String key) {
        // §2.3 step 1: credHelpers are looked up by the registry host "docker.io" only ("They should always be
        // normalized"); the key is not normalised
        String config = "{\"credHelpers\": {\"" + key + "\": \"desktop\"}}";

        assertThat(LintRun.containersAuth().single(RULE, config).clients()).containsExactly("podman");
    }

    @Test
    void podmanProfileFindsDockerIoSoAnAuthJsonGetsNoFinding() {
        // §2.3: podman finds docker.io, index.docker.io, registry-1.docker.io and the URL forms; auth.json's
        // default client is podman (rules.md), so nothing breaks
        LintRun podman = LintRun.containersAuth();

        assertThat(podman.findings(RULE, configKeyedBy("docker.io"))).isEmpty();
        assertThat(podman.findings(RULE, configKeyedBy("index.docker.io"))).isEmpty();
        assertThat(podman.findings(RULE, configKeyedBy("https://index.docker.io/v1"))).isEmpty();
    }

    @Test
    void dockerProfileSelectedForAnAuthJsonReportsDockerIo() {
        // the same auth.json read by docker: §1.4
        Finding finding = LintRun.containersAuth().clients("docker").single(RULE, configKeyedBy("docker.io"));

        assertThat(finding.clients()).containsExactly("docker");
        assertThat(finding.message()).isEqualTo(message("docker.io"));
    }

    @Test
    void reportsEachWrongKeyOnceInDocumentOrder() {
        String config = """
                {"auths": {
                  "docker.io": {},
                  "https://index.docker.io/v1/": {},
                  "index.docker.io": {}
                }}
                """;

        assertThat(LintRun.dockerConfig().findings(RULE, config))
                .extracting(f -> f.region().line() + ":" + f.region().column() + " " + f.pointer())
                .containsExactly("2:3 /auths/docker.io", "4:3 /auths/index.docker.io");
    }

    @Test
    void matchesTheAuthsFieldCaseInsensitivelyLikeGo() {
        // §1.2: Go matches "Auths" to the auths field
        Finding finding = LintRun.dockerConfig().single(RULE, "{\"Auths\": {\"docker.io\": {}}}");

        assertThat(finding.pointer()).isEqualTo("/Auths/docker.io");
        assertThat(finding.region().column()).isEqualTo(12);
    }

    @Test
    void masksUserInformationInTheKey() {
        Finding finding = LintRun.dockerConfig().single(RULE, configKeyedBy("https://bob:hunter2@docker.io/"));

        assertThat(finding.message()).contains("\"https://***@docker.io/\"").doesNotContain("hunter2", "bob");
    }
}
