package dev.configunit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import dev.configunit.engine.Constants;
import dev.configunit.report.SarifOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * No secret reaches any report: credential files full of canary user names, passwords and tokens — plain, in
 * every broken Base64 form the rules report on — are scanned into every output, and none of it is there.
 */
class ReportCanaryTests {

    private static final String USER = "canary-user-3b9d";
    private static final String PASSWORD = "canary-pass-8e21";
    private static final String IDENTITY_TOKEN = "canary-idtoken-5c0a";
    private static final String REGISTRY_TOKEN = "canary-regtoken-77f4";

    @TempDir
    Path tree;

    private final List<String> secrets = new ArrayList<>(List.of(USER, PASSWORD, IDENTITY_TOKEN, REGISTRY_TOKEN));

    @BeforeEach
    void writeCanaries() throws IOException {
        Map<String, String> auths = new LinkedHashMap<>();
        auths.put("docker.io", encode(USER + ":" + PASSWORD));
        auths.put("https://index.docker.io/v1/", encode(USER + ":" + PASSWORD + "\n"));
        auths.put("registry.example.com", encode(USER + ":" + PASSWORD).replace("=", ""));
        auths.put("https://registry.example.com:5000/v2/", Base64.getUrlEncoder().encodeToString(
                (USER + ":" + PASSWORD + "??>").getBytes(StandardCharsets.UTF_8)));
        auths.put("quay.io", encode(USER + PASSWORD));
        auths.put("ghcr.io", encode(" " + USER + ":" + PASSWORD));
        StringBuilder json = new StringBuilder("{\n  \"auths\": {\n");
        for (Map.Entry<String, String> entry : auths.entrySet()) {
            json.append("    \"").append(entry.getKey()).append("\": {\"auth\": \"").append(entry.getValue())
                    .append("\", \"password\": \"").append(PASSWORD).append("\", \"identitytoken\": \"")
                    .append(IDENTITY_TOKEN).append("\", \"registrytoken\": \"").append(REGISTRY_TOKEN).append("\"},\n");
            secrets.add(entry.getValue());
        }
        json.append("    \"gcr.io\": {\"auth\": \"").append(encode(USER + ":" + PASSWORD)).append("\"}\n  }\n}\n");
        write("repo/.docker/config.json", json.toString(), "rw-r--r--");
        write("repo/broken/.docker/config.json", "{\"auths\": {\"quay.io\": {\"auth\": \"" + encode(USER + ":" + PASSWORD)
                + "\", \"password\": \"" + PASSWORD + "\"},}}", "rw-------");
        write("repo/podman/containers/auth.json", json.toString().replace("gcr.io", "docker.io/library"), "rw-------");
    }

    @Test
    void theCommandLineReportsHoldNoSecret() throws IOException {
        Path out = tree.resolve("out");
        CliRun text = CliRun.of("scan", tree.resolve("repo").toString(),
                "--sarif", out.resolve("r.sarif").toString(),
                "--junit", out.resolve("r.xml").toString(),
                "--codequality", out.resolve("r.json").toString());
        CliRun json = CliRun.of("scan", tree.resolve("repo").toString(), "--format", "json");

        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out()).contains("docker/auth-whitespace").contains("docker/inline-credentials");
        assertNoSecret("text output", text.all());
        assertNoSecret("json output", json.all());
        assertNoSecret("SARIF", SarifOutput.keep("canaries", read(out.resolve("r.sarif"))));
        assertNoSecret("JUnit XML", read(out.resolve("r.xml")));
        assertNoSecret("Code Quality", read(out.resolve("r.json")));
    }

    @Test
    void theEnginesReportsAndFailuresHoldNoSecret() throws IOException {
        Path out = tree.resolve("engine-out");

        EngineExecutionResults results = EngineTestKit.engine(Constants.ENGINE_ID)
                .selectors(selectDirectory(tree.resolve("repo").toFile()))
                .configurationParameter(Constants.SARIF_FILE_PROPERTY_NAME, out.resolve("e.sarif").toString())
                .configurationParameter(Constants.CODEQUALITY_FILE_PROPERTY_NAME, out.resolve("e.json").toString())
                .execute();

        StringBuilder failures = new StringBuilder();
        results.testEvents().failed().stream().forEach(event -> event.getRequiredPayload(
                org.junit.platform.engine.TestExecutionResult.class).getThrowable().ifPresent(t -> {
                    failures.append(t).append('\n');
                    for (Throwable suppressed : t.getSuppressed()) {
                        failures.append(suppressed).append('\n');
                    }
                }));
        assertThat(failures).isNotEmpty();
        assertNoSecret("engine failures", failures.toString());
        assertNoSecret("engine SARIF", SarifOutput.keep("canaries-engine", read(out.resolve("e.sarif"))));
        assertNoSecret("engine Code Quality", read(out.resolve("e.json")));
    }

    private void assertNoSecret(String where, String output) {
        assertThat(output).as(where).isNotEmpty().doesNotContainIgnoringCase("canary");
        for (String secret : secrets) {
            for (int i = 0; i + 12 <= secret.length(); i++) {
                assertThat(output).as("%s holds part of a secret", where).doesNotContain(secret.substring(i, i + 12));
            }
        }
    }

    private static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private void write(String relative, String content, String mode) throws IOException {
        Path file = tree.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
