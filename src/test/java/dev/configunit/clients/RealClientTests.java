package dev.configunit.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.configunit.finding.Finding;
import dev.configunit.lint.Linter;
import dev.configunit.rule.RuleFileLoader;
import dev.configunit.source.CredentialSource;
import dev.configunit.source.Origin;
import dev.configunit.source.SourceKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the rules claim, checked against real clients (docker-auth-semantics.md §9, §11): Debian's
 * {@code docker-registry} on 127.0.0.1 with htpasswd auth serves an image, and skopeo (containers/image, the
 * podman column) and the Docker CLI ({@code docker manifest inspect}, which reads {@code config.json} with the
 * CLI's own code and needs no daemon) try to read it with each credential file. Each test also asserts what
 * ConfigUnit says about the same file for that client.
 *
 * <p>Skipped, with the reason, where the tools are not installed ({@code .ci/run} installs them).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealClientTests {

    private static final String PASSWORD = "canary-Registry-pw-47";

    @TempDir
    static Path work;

    private LocalRegistry registry;

    @BeforeAll
    void startRegistryWithTwoRepositories() throws Exception {
        assumeTrue(LocalRegistry.available(), "docker-registry and htpasswd are not installed (apt-get install "
                + "docker-registry apache2-utils); real-client tests skipped");
        assumeTrue(LocalRegistry.onPath("skopeo"), "skopeo is not installed; real-client tests skipped");
        registry = LocalRegistry.start(Files.createDirectories(work.resolve("registry")), PASSWORD);
        Path layout = work.resolve("layout");
        TinyOciImage.write(layout, "1");
        for (String repository : List.of("team/app", "other/app")) {
            ClientRun push = ClientRun.of(List.of("skopeo", "copy", "--quiet", "--dest-tls-verify=false",
                    "--dest-creds", LocalRegistry.USER + ":" + PASSWORD, "oci:" + layout + ":1",
                    "docker://" + registry.host() + "/" + repository + ":1"), Map.of(), work);
            assertThat(push.ok()).as("skopeo copy: " + push.output()).isTrue();
        }
    }

    @AfterAll
    void stopRegistry() throws InterruptedException {
        if (registry != null) {
            registry.close();
        }
    }

    private static String auth(String userColonPassword) {
        return Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8));
    }

    private String validAuth() {
        return auth(LocalRegistry.USER + ":" + PASSWORD);
    }

    private Path file(String name, String json) throws IOException {
        Path file = work.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
        return file;
    }

    private static List<Finding> configUnit(Path file, SourceKind kind, String client) throws IOException {
        CredentialSource source = new CredentialSource(file, file.getFileName().toString(), kind, Origin.ENVIRONMENT);
        return new Linter(RuleFileLoader.builtIn(), Set.of(client))
                .lint(source, Files.readAllBytes(file), Optional::empty).findings();
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).filter(id -> !id.equals("docker/inline-credentials")).toList();
    }

    /**
     * The podman column: skopeo reads an auth.json given with {@code --authfile} (containers/image, §2).
     */
    @Nested
    class Skopeo {

        private ClientRun inspect(Path authFile, String repository) throws Exception {
            return ClientRun.of(List.of("skopeo", "inspect", "--raw", "--tls-verify=false", "--authfile",
                    authFile.toString(), "docker://" + registry.host() + "/" + repository + ":1"), Map.of(), work);
        }

        @Test
        void acceptsAValidAuthAndConfigUnitHasNothingToSay() throws Exception {
            Path file = file("valid/auth.json", "{\"auths\": {\"" + registry.host() + "\": {\"auth\": \"" + validAuth() + "\"}}}");

            assertThat(inspect(file, "team/app").ok()).isTrue();
            assertThat(rules(configUnit(file, SourceKind.CONTAINERS_AUTH, "podman"))).isEmpty();
        }

        @Test
        void refusesAPasswordWithATrailingNewlineAndConfigUnitSaysWhy() throws Exception {
            // §1.3 / §11: no client trims the newline of `echo user:pass | base64`; the registry answers 401.
            Path file = file("newline/auth.json", "{\"auths\": {\"" + registry.host() + "\": {\"auth\": \""
                    + auth(LocalRegistry.USER + ":" + PASSWORD + "\n") + "\"}}}");

            ClientRun run = inspect(file, "team/app");

            assertThat(run.ok()).isFalse();
            assertThat(run.output()).containsIgnoringCase("unauthorized");
            assertThat(rules(configUnit(file, SourceKind.CONTAINERS_AUTH, "podman"))).containsExactly("docker/auth-whitespace");
        }

        @Test
        void skipsAnEntryWithoutAColonAndConfigUnitSaysWhy() throws Exception {
            // §2.3: containers/image warns "missing semicolon" and skips the entry, so no credentials are sent.
            Path file = file("nocolon/auth.json", "{\"auths\": {\"" + registry.host() + "\": {\"auth\": \""
                    + auth(LocalRegistry.USER + PASSWORD) + "\"}}}");

            assertThat(inspect(file, "team/app").ok()).isFalse();
            assertThat(rules(configUnit(file, SourceKind.CONTAINERS_AUTH, "podman"))).containsExactly("docker/auth-format");
        }

        @Test
        void refusesMissingPaddingInThisRegistrysEntry() throws Exception {
            // §2.3: a Base64 error is a hard error for that lookup ("illegal base64 data at input byte N").
            Path file = file("padding/auth.json", "{\"auths\": {\"" + registry.host() + "\": {\"auth\": \""
                    + validAuth().replace("=", "") + "\"}}}");
            assumeTrue(!validAuth().replace("=", "").equals(validAuth()), "the test password must need padding");

            ClientRun run = inspect(file, "team/app");

            assertThat(run.ok()).isFalse();
            assertThat(run.output()).contains("illegal base64 data");
            assertThat(rules(configUnit(file, SourceKind.CONTAINERS_AUTH, "podman"))).containsExactly("docker/auth-base64");
        }

        @Test
        void usesANamespacedKeyOnlyForItsOwnRepositoryWhichIsFineForPodman() throws Exception {
            // §2.3 / §11: most specific key first; a namespaced key is per-repository.
            Path file = file("namespace/auth.json", "{\"auths\": {\"" + registry.host() + "/team\": {\"auth\": \""
                    + validAuth() + "\"}}}");

            assertThat(inspect(file, "team/app").ok()).isTrue();
            assertThat(inspect(file, "other/app").ok()).isFalse();
            assertThat(rules(configUnit(file, SourceKind.CONTAINERS_AUTH, "podman"))).isEmpty();
        }

        @Test
        void acceptsAKeyWithASchemeAndAPathWhichConfigUnitReportsOnlyForDocker() throws Exception {
            // §2.3: the fallback strips http(s):// and cuts at the first '/', so the docker.io-style
            // "https://host/v1/" form works for podman; for docker it works only through the legacy loop.
            Path file = file("scheme/auth.json", "{\"auths\": {\"https://" + registry.host() + "/v1/\": {\"auth\": \""
                    + validAuth() + "\"}}}");

            assertThat(inspect(file, "team/app").ok()).isTrue();
            assertThat(rules(configUnit(file, SourceKind.CONTAINERS_AUTH, "podman"))).isEmpty();
            assertThat(rules(configUnit(file, SourceKind.CONTAINERS_AUTH, "docker"))).containsExactly("docker/registry-key");
        }

        @Test
        void ignoresPlaintextUsernameAndPasswordAndConfigUnitSaysSo() throws Exception {
            // §2.2 / §11: containers/image reads only auth and identitytoken.
            Path file = file("plain/auth.json", "{\"auths\": {\"" + registry.host() + "\": {\"username\": \""
                    + LocalRegistry.USER + "\", \"password\": \"" + PASSWORD + "\"}}}");

            assertThat(inspect(file, "team/app").ok()).isFalse();
            assertThat(rules(configUnit(file, SourceKind.CONTAINERS_AUTH, "podman"))).contains("docker/plaintext-password");
        }
    }

    /**
     * The docker column: {@code docker manifest inspect --insecure} with {@code DOCKER_CONFIG} set.
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class DockerCli {

        @BeforeAll
        void dockerCliIsInstalled() {
            assumeTrue(LocalRegistry.onPath("docker"), "the Docker CLI is not installed; its real-client tests skipped");
        }

        private ClientRun inspect(Path configDir, String repository) throws Exception {
            return ClientRun.of(List.of("docker", "manifest", "inspect", "--insecure",
                            registry.host() + "/" + repository + ":1"),
                    Map.of("DOCKER_CONFIG", configDir.toString(), "DOCKER_CLI_HINTS", "false"), work);
        }

        private Path config(String dir, String json) throws IOException {
            return file(dir + "/config.json", json).getParent();
        }

        @Test
        void acceptsAValidAuth() throws Exception {
            Path dir = config("d-valid", "{\"auths\": {\"" + registry.host() + "\": {\"auth\": \"" + validAuth() + "\"}}}");

            assertThat(inspect(dir, "team/app").ok()).isTrue();
            assertThat(rules(configUnit(dir.resolve("config.json"), SourceKind.DOCKER_CONFIG, "docker"))).isEmpty();
        }

        @Test
        void refusesAPasswordWithATrailingNewline() throws Exception {
            Path dir = config("d-newline", "{\"auths\": {\"" + registry.host() + "\": {\"auth\": \""
                    + auth(LocalRegistry.USER + ":" + PASSWORD + "\n") + "\"}}}");

            assertThat(inspect(dir, "team/app").ok()).isFalse();
            assertThat(rules(configUnit(dir.resolve("config.json"), SourceKind.DOCKER_CONFIG, "docker")))
                    .containsExactly("docker/auth-whitespace");
        }

        @Test
        void usesANamespacedKeyForEveryRepositoryOfTheHostWhichConfigUnitReports() throws Exception {
            // §11: the legacy fallback cuts the key at the first '/': the key serves every repository.
            Path dir = config("d-namespace", "{\"auths\": {\"" + registry.host() + "/team\": {\"auth\": \""
                    + validAuth() + "\"}}}");

            assertThat(inspect(dir, "team/app").ok()).isTrue();
            assertThat(inspect(dir, "other/app").ok()).isTrue();
            assertThat(rules(configUnit(dir.resolve("config.json"), SourceKind.DOCKER_CONFIG, "docker")))
                    .containsExactly("docker/namespace-key");
        }

        @Test
        void warnsOnEveryCommandAboutABadEntryOfAnotherRegistry() throws Exception {
            // §1.3 / §11: one bad entry is a parse error for the whole file, printed as a warning.
            Path dir = config("d-other", "{\"auths\": {\"" + registry.host() + "\": {\"auth\": \"" + validAuth()
                    + "\"}, \"registry.example.com\": {\"auth\": \"" + auth("nocolon") + "\"}}}");

            ClientRun run = inspect(dir, "team/app");

            assertThat(run.output()).containsIgnoringCase("invalid auth configuration file");
            assertThat(rules(configUnit(dir.resolve("config.json"), SourceKind.DOCKER_CONFIG, "docker")))
                    .containsExactly("docker/auth-format");
        }

        @Test
        void refusesAFileWithAByteOrderMark() throws Exception {
            Path dir = work.resolve("d-bom");
            Files.createDirectories(dir);
            byte[] json = ("{\"auths\": {\"" + registry.host() + "\": {\"auth\": \"" + validAuth() + "\"}}}")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] bom = new byte[json.length + 3];
            bom[0] = (byte) 0xEF;
            bom[1] = (byte) 0xBB;
            bom[2] = (byte) 0xBF;
            System.arraycopy(json, 0, bom, 3, json.length);
            Files.write(dir.resolve("config.json"), bom);

            ClientRun run = inspect(dir, "team/app");

            assertThat(run.ok()).isFalse();
            assertThat(run.output()).contains("invalid character");
            assertThat(rules(configUnit(dir.resolve("config.json"), SourceKind.DOCKER_CONFIG, "docker")))
                    .containsExactly("docker/json-syntax");
        }

        @Test
        void refusesANonStringFeature() throws Exception {
            // §1.2 / §11: "cannot unmarshal bool ... of type string", and the file is not used.
            Path dir = config("d-features", "{\"auths\": {\"" + registry.host() + "\": {\"auth\": \"" + validAuth()
                    + "\"}}, \"features\": {\"x\": true}}");

            ClientRun run = inspect(dir, "team/app");

            assertThat(run.ok()).isFalse();
            assertThat(run.output()).contains("cannot unmarshal bool");
            assertThat(rules(configUnit(dir.resolve("config.json"), SourceKind.DOCKER_CONFIG, "docker")))
                    .containsExactly("docker/schema");
        }

        @Test
        void sendsNoCredentialsForAnEmptyEntryWhoseHelperIsMissing() throws Exception {
            // §11: "no basic auth credentials", not a word about the helper.
            Path dir = config("d-helper", "{\"auths\": {\"" + registry.host() + "\": {}}, "
                    + "\"credsStore\": \"configunit-missing-helper\"}");

            assertThat(inspect(dir, "team/app").ok()).isFalse();
        }
    }
}
