package dev.configunit.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.configunit.finding.Finding;
import dev.configunit.finding.Level;
import dev.configunit.lint.RuleOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code docker/registry-key}: a non-Hub registry key should be {@code host[:port]}.
 *
 * <p>docker-auth-semantics.md §1.4 (the CLI finds scheme/path keys only through its legacy loop; ports and case
 * are part of the compared string), §1.5 (credHelpers have no fallback), §2.3 (podman reads a path without a
 * scheme as a namespace), §4.2 (GitLab Runner keeps it as a path, removes one trailing slash, lower-cases).
 */
class RegistryKeyCheckTests {

    private static final String RULE = "docker/registry-key";
    private static final String AUTH = LintRun.b64("user:pass");
    private static final String DOCKER = "docker (CLI, dockerd, crane, kaniko)";

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

    @ParameterizedTest
    @ValueSource(strings = {"registry.example.com", "registry.example.com:5000", "localhost:5000", "[::1]:5000",
        "127.0.0.1:5000", "gcr.io"})
    void hostAndOptionalPortPasses(String key) {
        // §1.4: "registry.example.com:5000" is found by exact lookup
        RuleOutcome outcome = LintRun.dockerConfig().allClients().outcome(RULE, configKeyedBy(key));

        assertThat(outcome.status()).isEqualTo(RuleOutcome.Status.PASSED);
    }

    @Test
    void reportsSchemeOnTheKeyAsAWarningWithTheHostAsFix() {
        // §1.4: "https://registry.example.com:5000" is found only through the legacy loop
        Finding finding = LintRun.dockerConfig().single(RULE, configKeyedBy("https://registry.example.com"));

        assertThat(finding.ruleId()).isEqualTo(RULE);
        assertThat(finding.level()).isEqualTo(Level.WARNING);
        assertThat(finding.pointer()).isEqualTo("/auths/https:~1~1registry.example.com");
        assertThat(finding.region().line()).isEqualTo(3);
        assertThat(finding.region().column()).isEqualTo(5);
        assertThat(finding.message()).isEqualTo("Registry key \"https://registry.example.com\" has a scheme; "
                + DOCKER + " may not find it. Key it \"registry.example.com\"");
        assertThat(finding.clients()).containsExactly("docker");
    }

    @Test
    void schemeKeyBreaksOnlyDocker() {
        // §2.3: podman strips http(s):// and cuts the path; §4.2: GitLab Runner keeps only the host
        Finding finding = LintRun.dockerConfig().allClients()
                .single(RULE, configKeyedBy("https://registry.example.com:5000/v2/"));

        assertThat(finding.message()).isEqualTo("Registry key \"https://registry.example.com:5000/v2/\" has a scheme"
                + " and a path; " + DOCKER + " may not find it. Key it \"registry.example.com:5000\"");
        assertThat(finding.clients()).containsExactly("docker");
    }

    @Test
    void reportsV2PathWithoutSchemeForEveryClient() {
        // §9 "non-Hub key with path but no scheme": docker cuts at '/', podman reads a namespace, the Runner
        // keeps the path
        Finding finding = LintRun.dockerConfig().allClients().single(RULE, configKeyedBy("registry.example.com/v2/"));

        assertThat(finding.message()).isEqualTo("Registry key \"registry.example.com/v2/\" has a path; " + DOCKER
                + ", podman (podman, buildah, skopeo) and GitLab runners may not find it. Key it"
                + " \"registry.example.com\"");
        assertThat(finding.clients()).containsExactly("docker", "podman", "gitlab-runner");
    }

    @Test
    void reportsTrailingSlash() {
        Finding finding = LintRun.dockerConfig().single(RULE, configKeyedBy("registry.example.com/"));

        assertThat(finding.message()).isEqualTo("Registry key \"registry.example.com/\" has a trailing slash; "
                + DOCKER + " may not find it. Key it \"registry.example.com\"");
    }

    @Test
    void trailingSlashIsRemovedByGitLabRunnerButNotByPodman() {
        // §4.2: convertToRegistryPath removes one trailing '/'; §2.3: "quay.io/ns/" never matches in podman
        Finding finding = LintRun.dockerConfig().allClients().single(RULE, configKeyedBy("registry.example.com/"));

        assertThat(finding.clients()).containsExactly("docker", "podman");
    }

    @Test
    void reportsUpperCaseForDockerAndPodmanButNotGitLabRunner() {
        // §1.4: "Registry.Example.com" is not found (case-sensitive compare); §4.2: the Runner lower-cases
        Finding finding = LintRun.dockerConfig().allClients().single(RULE, configKeyedBy("Registry.Example.com"));

        assertThat(finding.message()).startsWith("Registry key \"Registry.Example.com\" has upper-case letters; ")
                .endsWith("Key it \"registry.example.com\"");
        assertThat(finding.clients()).containsExactly("docker", "podman");
    }

    @Test
    void reportsDefaultPort443ForEveryClient() {
        // §1.4: "registry.example.com:443" is not "registry.example.com" (the port is part of the host string)
        Finding finding = LintRun.dockerConfig().allClients().single(RULE, configKeyedBy("registry.example.com:443"));

        assertThat(finding.message()).startsWith("Registry key \"registry.example.com:443\" has the default port :443;")
                .endsWith("Key it \"registry.example.com\"");
        assertThat(finding.clients()).containsExactly("docker", "podman", "gitlab-runner");
    }

    @Test
    void listsEveryFaultOfOneKeyInOneFinding() {
        Finding finding = LintRun.dockerConfig()
                .single(RULE, configKeyedBy("https://Registry.Example.com:443/v1/"));

        assertThat(finding.message()).isEqualTo("Registry key \"https://Registry.Example.com:443/v1/\" has a scheme,"
                + " a path, upper-case letters and the default port :443; " + DOCKER + " may not find it. Key it"
                + " \"registry.example.com\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"quay.io/org/app", "registry.example.com:5000/team", "ghcr.io/owner"})
    void namespacedKeyWithoutSchemeIsNotThisRulesConcern(String key) {
        // rules.md: namespaced keys are docker/namespace-key's; §11 shows they work (differently) in both clients
        assertThat(LintRun.dockerConfig().allClients().findings(RULE, configKeyedBy(key))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"docker.io", "https://index.docker.io/v1", "index.docker.io", "https://index.docker.io/v1/"})
    void dockerHubKeysAreLeftToHubKey(String key) {
        assertThat(LintRun.dockerConfig().allClients().findings(RULE, configKeyedBy(key))).isEmpty();
    }

    @Test
    void credHelperKeyWithSchemeGetsTheHelperMessage() {
        // §1.5: helpers are chosen by exact key, there is no legacy loop for them
        String config = """
                {
                  "credHelpers": {
                    "https://123456789012.dkr.ecr.us-east-1.amazonaws.com": "ecr-login"
                  }
                }
                """;

        Finding finding = LintRun.dockerConfig().single(RULE, config);

        assertThat(finding.level()).isEqualTo(Level.WARNING);
        assertThat(finding.pointer()).isEqualTo("/credHelpers/https:~1~1123456789012.dkr.ecr.us-east-1.amazonaws.com");
        assertThat(finding.region().line()).isEqualTo(3);
        assertThat(finding.region().column()).isEqualTo(5);
        assertThat(finding.message()).isEqualTo("Credential helper key"
                + " \"https://123456789012.dkr.ecr.us-east-1.amazonaws.com\" has a scheme; " + DOCKER + " never use it"
                + " (helpers are looked up by exact key). Key it \"123456789012.dkr.ecr.us-east-1.amazonaws.com\"");
    }

    @Test
    void masksUserInformationInKeyAndFix() {
        Finding finding = LintRun.dockerConfig()
                .single(RULE, configKeyedBy("https://robot:s3cr3t@registry.example.com/v2/"));

        assertThat(finding.message())
                .contains("\"https://***@registry.example.com/v2/\"", "Key it \"registry.example.com\"")
                .doesNotContain("s3cr3t", "robot");
    }

    @Test
    void reportsEachKeyAtItsOwnPosition() {
        String config = """
                {
                  "auths": {
                    "registry.example.com:5000": {},
                    "https://a.example.com/": {},
                    "B.example.com": {}
                  }
                }
                """;

        assertThat(LintRun.dockerConfig().findings(RULE, config))
                .extracting(f -> f.region().line() + ":" + f.region().column())
                .containsExactly("4:5", "5:5");
    }
}
