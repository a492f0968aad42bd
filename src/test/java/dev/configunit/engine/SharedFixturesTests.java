package dev.configunit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.configunit.lint.Linter;
import dev.configunit.lint.RuleOutcome;
import dev.configunit.lint.SourceReport;
import dev.configunit.rule.RuleFileLoader;
import dev.configunit.source.CredentialSource;
import dev.configunit.source.Origin;
import dev.configunit.source.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The lint core on the real-world credential files in {@code shared/fixtures} (copied from containers/image,
 * docker/cli, jib and testcontainers-java; see its SOURCES.md), against findings written down here and checked
 * by hand against {@code shared/reference/docker-auth-semantics.md}.
 *
 * <p>Every fixture is linted as a Docker {@code config.json} committed to a repository, so each inline secret is
 * an error of {@code docker/inline-credentials}. The file facts are {@code Optional.empty()}: the fixtures may be
 * checked out 0444 or 0644, and {@code docker/file-permissions} must not depend on that.
 */
class SharedFixturesTests {

    private static final Path FIXTURES = Path.of("..", "shared", "fixtures");

    private static final String INLINE = "docker/inline-credentials";
    private static final String HUB_KEY = "docker/hub-key";
    private static final String REGISTRY_KEY = "docker/registry-key";
    private static final String AUTH_BASE64 = "docker/auth-base64";
    private static final String AUTH_FORMAT = "docker/auth-format";
    private static final String AUTH_WHITESPACE = "docker/auth-whitespace";
    /** The rules the table below was written for; the later rules have fixtures of their own. */
    private static final Set<String> TABULATED = Set.of(INLINE, HUB_KEY, REGISTRY_KEY, AUTH_BASE64, AUTH_FORMAT,
            AUTH_WHITESPACE);

    /** A finding reduced to what the expectations pin: rule, line, column. */
    record At(String rule, int line, int column) implements Comparable<At> {
        @Override
        public int compareTo(At other) {
            return Comparator.comparingInt(At::line).thenComparingInt(At::column)
                    .thenComparing(At::rule).compare(this, other);
        }

        @Override
        public String toString() {
            return rule + "@" + line + ":" + column;
        }
    }

    private static At at(String rule, int line, int column) {
        return new At(rule, line, column);
    }

    /**
     * What each fixture must give. Why, per docker-auth-semantics.md:
     * <ul>
     *   <li>hub-key: the Docker CLI and ggcr look Hub up under exactly {@code https://index.docker.io/v1/} only
     *       (§1.4, §3): {@code docker.io}, {@code index.docker.io}, namespaced {@code docker.io/…}, the form without
     *       the trailing slash and {@code index.docker.io/v1/} without scheme are never found; a Hub helper in
     *       {@code credHelpers} needs the same key (§1.5).</li>
     *   <li>registry-key (warning): a scheme, {@code /v1/}/{@code /v2/} path or trailing slash on a non-Hub key
     *       works only through the legacy loop (§1.4); a path with no scheme that is not an API version
     *       ({@code my-registry/v4/}, {@code example.org/repo}) is a namespace, not this rule's concern.</li>
     *   <li>auth-base64: Go's StdEncoding rejects spaces and {@code -}/{@code _} (§1.3): jib's placeholder
     *       {@code auth} texts are not Base64.</li>
     *   <li>auth-format: {@code dG9rZW4=} decodes to {@code token}, no colon (§1.3 step 4); an empty password
     *       ({@code <uuid>:}) is fine.</li>
     *   <li>auth-whitespace: jib's index_docker_io_v1 decodes to {@code token for: index…}: the password begins
     *       with a space (§1.3 step 5: nothing trims it).</li>
     *   <li>No finding for {@code {}} entries, {@code credsStore}/{@code credHelpers}-only files, HttpHeaders,
     *       plugins, or the legacy {@code .dockercfg} shape (its top-level keys are unknown fields to the Docker CLI,
     *       §1.2, and no built-in rule looks outside {@code auths}).</li>
     * </ul>
     */
    private static final Map<String, Set<At>> EXPECTED = Map.ofEntries(
            Map.entry("containers-image/abnormal.json", Set.of(
                    at(INLINE, 4, 15),
                    at(HUB_KEY, 6, 5), at(INLINE, 7, 15),
                    at(REGISTRY_KEY, 9, 5), at(INLINE, 10, 15),
                    at(REGISTRY_KEY, 12, 5), at(INLINE, 13, 15),
                    at(REGISTRY_KEY, 15, 5), at(INLINE, 16, 15),
                    at(INLINE, 19, 15))),
            Map.entry("containers-image/config.json", Set.of()),
            Map.entry("containers-image/empty.json", Set.of()),
            Map.entry("containers-image/example.json", Set.of(at(INLINE, 4, 15))),
            Map.entry("containers-image/example_identitytoken.json", Set.of(at(INLINE, 4, 21), at(INLINE, 5, 30))),
            Map.entry("containers-image/full.json", Set.of(
                    at(INLINE, 4, 15),
                    at(HUB_KEY, 6, 5), at(INLINE, 7, 15),
                    at(HUB_KEY, 9, 5), at(INLINE, 10, 15),
                    at(INLINE, 13, 15),
                    at(INLINE, 16, 15),
                    at(INLINE, 19, 15),
                    at(INLINE, 22, 15),
                    at(REGISTRY_KEY, 24, 5), at(INLINE, 25, 15))),
            Map.entry("containers-image/legacy.json", Set.of()),
            Map.entry("containers-image/refpath.json", Set.of(
                    at(INLINE, 3, 35),
                    at(INLINE, 4, 30),
                    at(HUB_KEY, 5, 5), at(INLINE, 5, 35),
                    at(HUB_KEY, 6, 5), at(INLINE, 6, 28),
                    at(HUB_KEY, 7, 5), at(INLINE, 7, 44),
                    at(HUB_KEY, 8, 5), at(INLINE, 8, 36))),
            Map.entry("docker-cli/config.json", Set.of()),
            Map.entry("docker-cli/plugin-config.golden", Set.of()),
            Map.entry("docker-cli/plugin-config-2.golden", Set.of()),
            Map.entry("jib/dockerconfig.json", Set.of(
                    at(INLINE, 3, 35),
                    at(INLINE, 4, 29), at(INLINE, 4, 55),
                    at(INLINE, 5, 40), at(INLINE, 5, 87),
                    at(INLINE, 6, 57),
                    at(REGISTRY_KEY, 7, 5), at(AUTH_FORMAT, 7, 32), at(INLINE, 7, 32),
                    at(AUTH_BASE64, 9, 27), at(INLINE, 9, 27),
                    at(HUB_KEY, 16, 5),
                    at(REGISTRY_KEY, 19, 5),
                    at(REGISTRY_KEY, 20, 5),
                    at(REGISTRY_KEY, 21, 5))),
            Map.entry("jib/dockerconfig_extra_matches.json", Set.of(
                    at(REGISTRY_KEY, 3, 5), at(AUTH_BASE64, 3, 39), at(INLINE, 3, 39),
                    at(AUTH_BASE64, 4, 31), at(INLINE, 4, 31),
                    at(REGISTRY_KEY, 5, 5), at(AUTH_BASE64, 5, 35), at(INLINE, 5, 35),
                    at(AUTH_BASE64, 6, 27), at(INLINE, 6, 27),
                    at(REGISTRY_KEY, 8, 5), at(AUTH_BASE64, 8, 37), at(INLINE, 8, 37),
                    at(AUTH_BASE64, 9, 33), at(INLINE, 9, 33),
                    at(REGISTRY_KEY, 10, 5), at(AUTH_BASE64, 10, 41), at(INLINE, 10, 41),
                    at(REGISTRY_KEY, 12, 5), at(AUTH_BASE64, 12, 44), at(INLINE, 12, 44),
                    at(AUTH_BASE64, 13, 36), at(INLINE, 13, 36),
                    at(REGISTRY_KEY, 15, 5), at(AUTH_BASE64, 15, 41), at(INLINE, 15, 41))),
            Map.entry("jib/dockerconfig_identity_token.json", Set.of(at(INLINE, 4, 14), at(INLINE, 5, 23))),
            Map.entry("jib/dockerconfig_index_docker_io_v1.json", Set.of(
                    at(HUB_KEY, 3, 5), at(AUTH_WHITESPACE, 3, 35), at(INLINE, 3, 35))),
            Map.entry("jib/legacy_dockercfg", Set.of()),
            Map.entry("testcontainers-java/config-basic-auth.json", Set.of(at(REGISTRY_KEY, 3, 9), at(INLINE, 5, 21))),
            Map.entry("testcontainers-java/config-empty-auth-with-helper.json", Set.of()),
            Map.entry("testcontainers-java/config-empty.json", Set.of()),
            Map.entry("testcontainers-java/config-existing-auth-with-helper.json",
                    Set.of(at(REGISTRY_KEY, 3, 9), at(INLINE, 5, 21))),
            Map.entry("testcontainers-java/config-with-helper-and-store.json", Set.of()),
            Map.entry("testcontainers-java/config-with-helper-no-server-url-using-token.json", Set.of()),
            Map.entry("testcontainers-java/config-with-helper-no-server-url.json", Set.of()),
            Map.entry("testcontainers-java/config-with-helper-using-token.json", Set.of()),
            Map.entry("testcontainers-java/config-with-helper.json", Set.of()),
            Map.entry("testcontainers-java/config-with-json-key.json", Set.of(at(REGISTRY_KEY, 3, 9), at(INLINE, 4, 21))),
            Map.entry("testcontainers-java/config-with-store-empty.json", Set.of()),
            Map.entry("testcontainers-java/config-with-store.json", Set.of()));

    private final Linter linter = new Linter(RuleFileLoader.builtIn(), Set.of());

    @Test
    void everyFixtureHasWrittenExpectations() throws IOException {
        assumeFixtures();

        assertThat(fixtures()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @TestFactory
    Stream<DynamicTest> eachFixtureGivesExactlyTheExpectedFindings() throws IOException {
        assumeFixtures();
        return fixtures().stream().filter(EXPECTED::containsKey).map(fixture -> DynamicTest.dynamicTest(fixture, () ->
                assertThat(findings(fixture)).as(fixture).containsExactlyElementsOf(new TreeSet<>(EXPECTED.get(fixture)))));
    }

    @TestFactory
    Stream<DynamicTest> eachFixtureParsesAndNoRuleBreaks() throws IOException {
        assumeFixtures();
        return fixtures().stream().map(fixture -> DynamicTest.dynamicTest(fixture, () ->
                assertThat(lint(fixture).outcomes()).as(fixture)
                        .extracting(RuleOutcome::status)
                        .doesNotContain(RuleOutcome.Status.SKIPPED, RuleOutcome.Status.BROKEN)));
    }

    private static void assumeFixtures() {
        Assumptions.assumeTrue(Files.isDirectory(FIXTURES), "shared/fixtures is beside the project");
    }

    /** Every fixture file, relative to the fixtures folder; SOURCES.md says where they come from and is not one. */
    private static List<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> FIXTURES.relativize(file).toString().replace('\\', '/'))
                    .filter(relative -> !relative.equals("SOURCES.md"))
                    .sorted()
                    .toList();
        }
    }

    private SourceReport lint(String fixture) throws IOException {
        Path file = FIXTURES.resolve(fixture);
        CredentialSource source = new CredentialSource(file, fixture, SourceKind.DOCKER_CONFIG, Origin.REPOSITORY);
        // No file facts: the fixtures' mode depends on the checkout (0444 or 0644), not on their content.
        return linter.lint(source, Files.readAllBytes(file), Optional::empty);
    }

    private TreeSet<At> findings(String fixture) throws IOException {
        return lint(fixture).findings().stream()
                .filter(f -> TABULATED.contains(f.ruleId()))
                .map(f -> at(f.ruleId(), f.region().line(), f.region().column()))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
