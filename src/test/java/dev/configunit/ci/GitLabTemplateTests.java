package dev.configunit.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The GitLab CI template users include ({@code templates/configunit.gitlab-ci.yml}): its job publishes the JUnit
 * and Code Quality reports and keeps SARIF, and its script, run as GitLab would run it, scans and writes them.
 */
class GitLabTemplateTests {

    private static final Path TEMPLATE = Path.of("templates/configunit.gitlab-ci.yml");

    @TempDir
    Path work;

    @Test
    void theJobPublishesJunitAndCodeQualityAndKeepsSarif() throws IOException {
        JsonNode template = YAMLMapper.builder().build().readTree(Files.readString(TEMPLATE));

        JsonNode job = template.get(".configunit");
        assertThat(job.get("artifacts").get("reports").get("junit").asString()).isEqualTo("configunit-junit.xml");
        assertThat(job.get("artifacts").get("reports").get("codequality").asString())
                .isEqualTo("gl-code-quality-report.json");
        assertThat(job.get("artifacts").get("paths")).extracting(JsonNode::asString).contains("configunit.sarif");
        assertThat(job.get("artifacts").get("when").asString()).isEqualTo("always");
        assertThat(template.get("configunit").get("extends").asString()).isEqualTo(".configunit");
        assertThat(template.get("variables").get("CONFIGUNIT_FAIL_ON").asString()).isEqualTo("error");
    }

    @Test
    void itsScriptScansWithTheFailOnVariableAndWritesEveryReport() throws Exception {
        Path repo = Files.createDirectories(work.resolve("repo/.docker"));
        Files.writeString(repo.resolve("config.json"), "{\"auths\": {\"docker.io\": {}}, \"credsStore\": \"pass\"}");
        Files.setPosixFilePermissions(repo.resolve("config.json"), PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(repo, PosixFilePermissions.fromString("rwx------"));

        Process job = runScript(work.resolve("repo"), "error");

        assertThat(job.exitValue()).as(output(job)).isEqualTo(1);
        Path dir = work.resolve("repo");
        assertThat(Files.readString(dir.resolve("configunit-junit.xml"))).contains("docker/hub-key", "<failure");
        JsonNode quality = JsonMapper.builder().build().readTree(Files.readString(dir.resolve("gl-code-quality-report.json")));
        assertThat(quality.get(0).get("check_name").asString()).isEqualTo("docker/hub-key");
        assertThat(Files.readString(dir.resolve("configunit.sarif"))).contains("\"version\" : \"2.1.0\"");
        assertThat(runScript(work.resolve("repo"), "none").exitValue()).isZero();
    }

    /** Runs the template's script with bash, as the job would, with {@code java -jar} served by this class path. */
    private Process runScript(Path projectDir, String failOn) throws IOException, InterruptedException {
        JsonNode template = YAMLMapper.builder().build().readTree(Files.readString(TEMPLATE));
        List<String> lines = new ArrayList<>();
        template.get(".configunit").get("script").forEach(line -> lines.add(line.asString()));
        Path script = work.resolve("job.sh");
        Files.writeString(script, String.join("\n", lines) + "\n");
        Path bin = Files.createDirectories(work.resolve("bin"));
        Path java = bin.resolve("java");
        String realJava = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(java, "#!/bin/sh\n# java -jar JAR ARGS...: the jar is this build's class path\nshift 2\nexec '"
                + realJava + "' -cp '" + System.getProperty("java.class.path") + "' dev.configunit.cli.Main \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString()).directory(projectDir.toFile())
                .redirectErrorStream(true);
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().put("CONFIGUNIT_JAR", "configunit-cli.jar");
        builder.environment().put("CONFIGUNIT_PATHS", ".");
        builder.environment().put("CONFIGUNIT_IMAGE", "");
        builder.environment().put("CONFIGUNIT_ARGS", "");
        builder.environment().put("CONFIGUNIT_FAIL_ON", failOn);
        Process process = builder.start();
        process.getOutputStream().close();
        process.waitFor(120, TimeUnit.SECONDS);
        return process;
    }

    private static String output(Process process) throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
