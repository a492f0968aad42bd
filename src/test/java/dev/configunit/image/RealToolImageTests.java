package dev.configunit.image;

import static dev.configunit.image.ImageScanning.ofRule;
import static dev.configunit.image.ImageScanning.scan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.configunit.lint.ScanResult;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images written by real tools, not by our own fixture builder: Debian's {@code umoci} builds an OCI layout layer
 * by layer (its own whiteouts), {@code skopeo} converts it to {@code docker-archive} and {@code oci-archive} tars
 * and pushes it to Debian's {@code docker-registry} on 127.0.0.1, with and without htpasswd auth, from which
 * {@code docker://} pulls it. Each test is skipped, with the reason, where a tool is not installed.
 */
class RealToolImageTests {

    @TempDir
    static Path work;

    static Path layout;

    /**
     * Layer 1: /etc/passwd. Layer 2: /root/.docker/config.json (0644, an inline secret) and
     * /kaniko/.docker/config.json naming the ecr-login helper. Layer 3: a whiteout of the root config.
     */
    @BeforeAll
    static void buildLayoutWithUmoci() throws IOException {
        if (!Tools.has("umoci")) {
            return;
        }
        Path files = Files.createDirectories(work.resolve("files"));
        Files.writeString(files.resolve("passwd"), "root:x:0:0:root:/root:/bin/sh\nci:x:1000:1000::/home/ci:/bin/sh\n");
        Path root = Files.createDirectories(files.resolve("root/.docker"));
        Files.writeString(root.resolve("config.json"), TestImage.dockerLoginConfig("registry.example.test", "ci:FAKE-UMOCI"));
        Files.setPosixFilePermissions(root.resolve("config.json"), PosixFilePermissions.fromString("rw-r--r--"));
        Path kaniko = Files.createDirectories(files.resolve("kaniko/.docker"));
        Files.writeString(kaniko.resolve("config.json"), "{\"credsStore\":\"ecr-login\"}");
        Files.setPosixFilePermissions(kaniko.resolve("config.json"), PosixFilePermissions.fromString("rw-------"));
        layout = work.resolve("layout");
        Tools.run(work, "umoci", "init", "--layout", layout.toString());
        Tools.run(work, "umoci", "new", "--image", layout + ":ci");
        Tools.run(work, "umoci", "insert", "--image", layout + ":ci", files.resolve("passwd").toString(), "/etc/passwd");
        Tools.run(work, "umoci", "insert", "--image", layout + ":ci", files.resolve("root").toString(), "/root");
        Tools.run(work, "umoci", "insert", "--image", layout + ":ci", files.resolve("kaniko").toString(), "/kaniko");
        Tools.run(work, "umoci", "insert", "--image", layout + ":ci", "--whiteout", "/root/.docker/config.json");
    }

    private static void assertTheLayoutsFindings(ScanResult result, String image) {
        assertThat(ofRule(result, "docker/image-integrity")).isEmpty();
        assertThat(ofRule(result, "docker/secret-in-image-history")).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo(image + "!/root/.docker/config.json");
            assertThat(f.message()).contains("which layer 2 added and layer 4 deleted");
        });
        assertThat(ofRule(result, "docker/file-permissions")).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo(image + "!/root/.docker/config.json"));
        assertThat(ofRule(result, "docker/helper-missing")).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo(image + "!/kaniko/.docker/config.json"));
    }

    @Test
    void umociLayoutIsScanned() {
        assumeTrue(Tools.has("umoci"), Tools.missing("umoci"));

        assertTheLayoutsFindings(scan("oci:" + layout + ":ci"), "oci:" + layout + ":ci");
    }

    @Test
    void skopeoDockerArchiveAndOciArchiveAreScanned() throws IOException {
        assumeTrue(Tools.has("umoci") && Tools.has("skopeo"), Tools.missing("umoci", "skopeo"));
        Path docker = work.resolve("docker-archive.tar");
        Path oci = work.resolve("oci-archive.tar");
        Files.deleteIfExists(docker);
        Tools.run(work, "skopeo", "--insecure-policy", "copy", "oci:" + layout + ":ci", "docker-archive:" + docker + ":ci:1");
        Tools.run(work, "skopeo", "--insecure-policy", "copy", "oci:" + layout + ":ci", "oci-archive:" + oci + ":ci");

        assertTheLayoutsFindings(scan(docker.toString()), docker.toString());
        assertTheLayoutsFindings(scan("oci-archive:" + oci), "oci-archive:" + oci);
    }

    @Test
    void imageInDockerRegistryIsPulledAnonymously() throws Exception {
        assumeTrue(Tools.missing("umoci", "skopeo", "docker-registry") == null,
                Tools.missing("umoci", "skopeo", "docker-registry"));
        try (Registry registry = Registry.start(work.resolve("open"), null)) {
            Tools.run(work, "skopeo", "--insecure-policy", "copy", "--dest-tls-verify=false", "oci:" + layout + ":ci",
                    "docker://" + registry.host() + "/ci/app:1");

            String image = "docker://" + registry.host() + "/ci/app:1";
            assertTheLayoutsFindings(scan(image), image);
        }
    }

    @Test
    void imageInDockerRegistryWithHtpasswdIsPulledWithCredentialsOnly() throws Exception {
        assumeTrue(Tools.missing("umoci", "skopeo", "docker-registry", "htpasswd") == null,
                Tools.missing("umoci", "skopeo", "docker-registry", "htpasswd"));
        Path htpasswd = work.resolve("htpasswd");
        Files.writeString(htpasswd, Tools.run(work, "htpasswd", "-Bbn", "ci", "FAKE-REGISTRY-PW"));
        try (Registry registry = Registry.start(work.resolve("closed"), htpasswd)) {
            Tools.run(work, "skopeo", "--insecure-policy", "copy", "--dest-tls-verify=false",
                    "--dest-creds", "ci:FAKE-REGISTRY-PW", "oci:" + layout + ":ci", "docker://" + registry.host() + "/ci/app:1");
            Path auth = Files.writeString(work.resolve("auth.json"), "{\"auths\":{\"" + registry.host()
                    + "\":{\"auth\":\"Y2k6RkFLRS1SRUdJU1RSWS1QVw==\"}}}");
            String image = "docker://" + registry.host() + "/ci/app:1";

            assertTheLayoutsFindings(scan(ImageScanOptions.defaults().withRegistryAuthFile(auth), image), image);
            Path none = Files.writeString(work.resolve("none.json"), "{}");
            assertThat(ofRule(scan(ImageScanOptions.defaults().withRegistryAuthFile(none), image), "docker/image-integrity"))
                    .singleElement().satisfies(f -> assertThat(f.message()).contains("requires credentials"));
        }
    }

    /** Debian's docker-registry on 127.0.0.1 and a free port, stopped when closed. */
    record Registry(Process process, int port) implements AutoCloseable {

        static Registry start(Path dir, Path htpasswd) throws Exception {
            Files.createDirectories(dir);
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            String config = "version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: " + dir.resolve("data")
                    + "\nhttp:\n  addr: 127.0.0.1:" + port + "\n"
                    + (htpasswd == null ? "" : "auth:\n  htpasswd:\n    realm: configunit-test\n    path: " + htpasswd + "\n");
            Path file = Files.writeString(dir.resolve("config.yml"), config);
            Process process = new ProcessBuilder("docker-registry", "serve", file.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("registry.log").toFile()).start();
            Registry registry = new Registry(process, port);
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < 100; i++) {
                try {
                    int status = http.send(HttpRequest.newBuilder(URI.create("http://" + registry.host() + "/v2/"))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status == 200 || status == 401) {
                        return registry;
                    }
                } catch (IOException e) {
                    Thread.sleep(100);
                }
            }
            registry.close();
            throw new IOException("docker-registry did not start: " + Files.readString(dir.resolve("registry.log")));
        }

        String host() {
            return "127.0.0.1:" + port;
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
