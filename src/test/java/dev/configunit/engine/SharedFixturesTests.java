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
 * by hand against {@code shared/reference/docker-auth-semantics.md} and {@code shared/spec/rules.md}.
 *
 * <p>Every fixture is linted as a Docker {@code config.json} committed to a repository, so each inline secret is
 * an error of {@code docker/inline-credentials}, with the default client ({@code docker}). The two legacy-format
 * fixtures are linted as {@code .dockercfg} files instead (see {@link #LEGACY_DOCKERCFG}). The file facts are
 * {@code Optional.empty()}: the fixtures may be checked out 0444 or 0644, and {@code docker/file-permissions} must
 * not depend on that.
 *
 * <p>Where the production code disagreed with the reference, the expectation here stayed the reference's and the
 * code was fixed.
 */
class SharedFixturesTests {

    private static final Path FIXTURES = Path.of("..", "shared", "fixtures");

    private static final String INLINE = "docker/inline-credentials";
    private static final String HUB_KEY = "docker/hub-key";
    private static final String REGISTRY_KEY = "docker/registry-key";
    private static final String AUTH_BASE64 = "docker/auth-base64";
    private static final String AUTH_FORMAT = "docker/auth-format";
    private static final String AUTH_WHITESPACE = "docker/auth-whitespace";
    private static final String NAMESPACE_KEY = "docker/namespace-key";
    private static final String DUPLICATE = "docker/duplicate-registry";
    private static final String AUTH_CONFLICT = "docker/auth-conflict";
    private static final String PLAINTEXT = "docker/plaintext-password";
    private static final String STORE_SHADOWS = "docker/store-shadows-auth";
    private static final String LEGACY_FIELD = "docker/legacy-field";
    private static final String EMPTY_ENTRY = "docker/empty-entry";

    /**
     * The fixtures written in the legacy {@code ~/.dockercfg} format, linted as {@link SourceKind#DOCKERCFG}: their
     * top-level object is the {@code auths} map itself (SOURCES.md: containers-image "legacy ~/.dockercfg format
     * (no "auths" wrapper)", jib "legacy ~/.dockercfg format"). Linted as a {@code config.json}, their registry keys
     * would be unknown top-level fields (§1.2) and every rule about entries would see none; discovery gives this
     * kind to files named {@code .dockercfg}, and these two are only named otherwise in the test suites they come
     * from (containers/image reads {@code $HOME/.dockercfg} in this format, §2.1).
     */
    private static final Set<String> LEGACY_DOCKERCFG = Set.of("containers-image/legacy.json", "jib/legacy_dockercfg");

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
     *       the trailing slash, {@code http://…} and {@code index.docker.io/v1/} without scheme are never found; a
     *       Hub helper in {@code credHelpers} needs the same key (§1.5).</li>
     *   <li>registry-key (warning): a scheme, {@code /v1/}/{@code /v2/} path or trailing slash on a non-Hub key
     *       works only through the legacy loop, and a {@code credHelpers} key has no loop at all (§1.4, §1.5).</li>
     *   <li>namespace-key (warning): a non-Hub key with a path that is not an API version and no scheme
     *       ({@code example.org/repo}, jib's {@code my-registry/v4/}): the Docker CLI's loop cuts it at the first
     *       {@code /} and uses it for the whole host, podman only for that namespace (§1.4, §2.3, §11). Not for a
     *       Hub key: docker never reads a namespaced Hub key at all (§1.4), which is hub-key's finding.</li>
     *   <li>duplicate-registry: keys that the Docker CLI's loop converts to the same host ({@code my-registry},
     *       {@code https://my-registry}, {@code https://my-registry/v1/}, {@code my-registry/v4/}): one of them is
     *       taken at random when no exact key exists, the rest are dead (§1.4, §9, §11). Not for Hub keys other
     *       than the canonical one, which docker never reads (§1.4), and not for a namespaced key beside its exact
     *       host key: docker takes the exact key first (§1.4 step 1), podman and GitLab Runner look namespaces up
     *       hierarchically (§2.3, §4.2, §9).</li>
     *   <li>auth-base64: Go's StdEncoding rejects spaces and {@code -}/{@code _} (§1.3): jib's placeholder
     *       {@code auth} texts are not Base64.</li>
     *   <li>auth-format: {@code dG9rZW4=} decodes to {@code token}, no colon (§1.3 step 4); an empty password
     *       ({@code <uuid>:}) is fine.</li>
     *   <li>auth-whitespace: jib's index_docker_io_v1 decodes to {@code token for: index…}: the password begins
     *       with a space (§1.3 step 5: nothing trims it).</li>
     *   <li>auth-conflict (warning): jib's {@code "auth"} decodes to {@code some:auth} beside a
     *       {@code username}/{@code password} of {@code ignored}: docker uses {@code auth} (§1.2).</li>
     *   <li>plaintext-password (warning): jib's {@code userpw registry} has {@code username}/{@code password} and no
     *       {@code auth}: podman ignores them (§2.2), docker rewrites them (§1.7).</li>
     *   <li>store-shadows-auth (warning): an inline {@code auth} in an entry that {@code credsStore} or a
     *       {@code credHelpers} entry serves: docker asks the helper and discards it (§1.5). The helper is found by
     *       the registry's host, so testcontainers' {@code credHelpers["registry.example.com"]} serves the entry
     *       keyed {@code https://registry.example.com} (§1.4 legacy loop, §1.5; SOURCES.md: "helper should
     *       win").</li>
     *   <li>legacy-field (note): {@code email} in an entry (§1.2), and each {@code .dockercfg} file (§1.1).</li>
     *   <li>empty-entry (note): a {@code {}} entry with {@code "credsStore": ""} (blank: no store, §1.5) and no
     *       helper for it; none where a store or a helper fills the entry, as {@code docker login} writes it
     *       (§1.5).</li>
     *   <li>No finding for {@code credsStore}/{@code credHelpers}-only files, HttpHeaders or plugins.</li>
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
            // As a .dockercfg: the file itself is legacy; "http://index.docker.io/v1" is a Hub key docker never
            // finds; "https://localhost/v1" has a scheme and a path.
            Map.entry("containers-image/legacy.json", Set.of(
                    at(LEGACY_FIELD, 1, 1),
                    at(HUB_KEY, 2, 3), at(INLINE, 3, 13),
                    at(REGISTRY_KEY, 5, 3), at(INLINE, 6, 13))),
            Map.entry("containers-image/refpath.json", Set.of(
                    at(NAMESPACE_KEY, 3, 5), at(INLINE, 3, 35),
                    at(INLINE, 4, 30),
                    at(HUB_KEY, 5, 5), at(INLINE, 5, 35),
                    at(HUB_KEY, 6, 5), at(INLINE, 6, 28),
                    at(HUB_KEY, 7, 5), at(INLINE, 7, 44),
                    at(HUB_KEY, 8, 5), at(INLINE, 8, 36))),
            Map.entry("docker-cli/config.json", Set.of()),
            Map.entry("docker-cli/plugin-config.golden", Set.of()),
            Map.entry("docker-cli/plugin-config-2.golden", Set.of()),
            Map.entry("jib/dockerconfig.json", Set.of(
                    at(INLINE, 3, 35), at(STORE_SHADOWS, 3, 35),
                    at(INLINE, 4, 29), at(STORE_SHADOWS, 4, 29), at(AUTH_CONFLICT, 4, 55), at(INLINE, 4, 55),
                    at(INLINE, 5, 40), at(STORE_SHADOWS, 5, 40), at(AUTH_CONFLICT, 5, 66), at(INLINE, 5, 87),
                    at(PLAINTEXT, 6, 46), at(INLINE, 6, 57),
                    at(REGISTRY_KEY, 7, 5), at(AUTH_FORMAT, 7, 32), at(INLINE, 7, 32), at(STORE_SHADOWS, 7, 32),
                    at(AUTH_BASE64, 9, 27), at(INLINE, 9, 27), at(STORE_SHADOWS, 9, 27),
                    at(HUB_KEY, 16, 5),
                    at(REGISTRY_KEY, 19, 5),
                    at(REGISTRY_KEY, 20, 5),
                    at(REGISTRY_KEY, 21, 5))),
            // The my-registry group has the exact host key "my-registry", which docker looks up first (§1.4 step 1):
            // no duplicate for docker there. cool-registry and awesome-registry have none: the legacy loop picks one
            // at random, so every key after the first is reported.
            Map.entry("jib/dockerconfig_extra_matches.json", Set.of(
                    at(REGISTRY_KEY, 3, 5), at(AUTH_BASE64, 3, 39), at(INLINE, 3, 39),
                    at(NAMESPACE_KEY, 4, 5), at(AUTH_BASE64, 4, 31), at(INLINE, 4, 31),
                    at(REGISTRY_KEY, 5, 5), at(AUTH_BASE64, 5, 35), at(INLINE, 5, 35),
                    at(AUTH_BASE64, 6, 27), at(INLINE, 6, 27),
                    at(REGISTRY_KEY, 8, 5), at(AUTH_BASE64, 8, 37), at(INLINE, 8, 37),
                    at(DUPLICATE, 9, 5), at(NAMESPACE_KEY, 9, 5), at(AUTH_BASE64, 9, 33), at(INLINE, 9, 33),
                    at(DUPLICATE, 10, 5), at(REGISTRY_KEY, 10, 5), at(AUTH_BASE64, 10, 41), at(INLINE, 10, 41),
                    at(REGISTRY_KEY, 12, 5), at(AUTH_BASE64, 12, 44), at(INLINE, 12, 44),
                    at(DUPLICATE, 13, 5), at(NAMESPACE_KEY, 13, 5), at(AUTH_BASE64, 13, 36), at(INLINE, 13, 36),
                    at(REGISTRY_KEY, 15, 5), at(AUTH_BASE64, 15, 41), at(INLINE, 15, 41))),
            Map.entry("jib/dockerconfig_identity_token.json", Set.of(at(INLINE, 4, 14), at(INLINE, 5, 23))),
            Map.entry("jib/dockerconfig_index_docker_io_v1.json", Set.of(
                    at(HUB_KEY, 3, 5), at(AUTH_WHITESPACE, 3, 35), at(INLINE, 3, 35))),
            // As a .dockercfg: the file itself is legacy; "https://example.com/v2/" has a scheme and a path.
            Map.entry("jib/legacy_dockercfg", Set.of(
                    at(LEGACY_FIELD, 1, 1),
                    at(INLINE, 2, 29),
                    at(REGISTRY_KEY, 3, 5), at(INLINE, 3, 39))),
            Map.entry("testcontainers-java/config-basic-auth.json", Set.of(
                    at(REGISTRY_KEY, 3, 9), at(LEGACY_FIELD, 4, 13), at(INLINE, 5, 21))),
            Map.entry("testcontainers-java/config-empty-auth-with-helper.json", Set.of()),
            Map.entry("testcontainers-java/config-empty.json", Set.of()),
            Map.entry("testcontainers-java/config-existing-auth-with-helper.json", Set.of(
                    at(REGISTRY_KEY, 3, 9), at(LEGACY_FIELD, 4, 13), at(INLINE, 5, 21), at(STORE_SHADOWS, 5, 21))),
            Map.entry("testcontainers-java/config-with-helper-and-store.json", Set.of()),
            Map.entry("testcontainers-java/config-with-helper-no-server-url-using-token.json", Set.of()),
            Map.entry("testcontainers-java/config-with-helper-no-server-url.json", Set.of()),
            Map.entry("testcontainers-java/config-with-helper-using-token.json", Set.of()),
            Map.entry("testcontainers-java/config-with-helper.json", Set.of()),
            Map.entry("testcontainers-java/config-with-json-key.json", Set.of(at(REGISTRY_KEY, 3, 9), at(INLINE, 4, 21))),
            Map.entry("testcontainers-java/config-with-store-empty.json", Set.of(at(EMPTY_ENTRY, 3, 9))),
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
        return fixtures().stream().filter(EXPECTED::containsKey).map(fixture -> DynamicTest.dynamicTest(fixture, () -> {
            TreeSet<At> actual = findings(fixture);
            TreeSet<At> expected = new TreeSet<>(EXPECTED.get(fixture));
            assertThat(actual).as(fixture).containsExactlyElementsOf(expected);
        }));
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
        SourceKind kind = LEGACY_DOCKERCFG.contains(fixture) ? SourceKind.DOCKERCFG : SourceKind.DOCKER_CONFIG;
        CredentialSource source = new CredentialSource(file, fixture, kind, Origin.REPOSITORY);
        // No file facts: the fixtures' mode depends on the checkout (0444 or 0644), not on their content.
        return linter.lint(source, Files.readAllBytes(file), Optional::empty);
    }

    private TreeSet<At> findings(String fixture) throws IOException {
        return lint(fixture).findings().stream()
                .map(f -> at(f.ruleId(), f.region().line(), f.region().column()))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
