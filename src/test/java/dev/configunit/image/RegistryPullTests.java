package dev.configunit.image;

import static dev.configunit.image.ImageScanning.ofRule;
import static dev.configunit.image.ImageScanning.scan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.configunit.lint.ScanResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docker://} pulls over the OCI distribution API, against a registry in this process on 127.0.0.1:
 * anonymous, basic and bearer-token auth, redirects to blob storage, digest checks, missing blobs.
 */
class RegistryPullTests {

    @TempDir
    Path dir;

    private Path auth(String host) throws IOException {
        return Files.writeString(dir.resolve("auth.json"), "{\"auths\":{\"" + host + "\":{\"auth\":\"Y2k6RkFLRS1SRUdJU1RSWS1QVw==\"}}}");
    }

    private static void assertTheFixturesFindings(ScanResult result, String image) {
        assertThat(ofRule(result, "docker/secret-in-image-history")).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo(image + "!/root/.docker/config.json"));
        assertThat(ofRule(result, "docker/image-integrity")).isEmpty();
    }

    @Test
    void anonymousPull() throws IOException {
        try (FakeRegistry registry = new FakeRegistry(ImageFormatsTests.loginThenDelete(), "ci/app", "1",
                FakeRegistry.Auth.NONE, false)) {
            String image = "docker://" + registry.host() + "/ci/app:1";

            assertTheFixturesFindings(scan(image), image);
            assertTheFixturesFindings(scan(registry.host() + "/ci/app:1"), registry.host() + "/ci/app:1");
        }
    }

    @Test
    void basicAuthPullWithCredentialsFromAnAuthFile() throws IOException {
        try (FakeRegistry registry = new FakeRegistry(ImageFormatsTests.loginThenDelete(), "ci/app", "1",
                FakeRegistry.Auth.BASIC, false)) {
            String image = "docker://" + registry.host() + "/ci/app:1";

            assertTheFixturesFindings(scan(ImageScanOptions.defaults().withRegistryAuthFile(auth(registry.host())), image),
                    image);
        }
    }

    @Test
    void bearerTokenPullWithRedirectsToStorage() throws IOException {
        try (FakeRegistry registry = new FakeRegistry(ImageFormatsTests.loginThenDelete(), "ci/app", "1",
                FakeRegistry.Auth.BEARER, true)) {
            String image = "docker://" + registry.host() + "/ci/app:1";

            assertTheFixturesFindings(scan(ImageScanOptions.defaults().withRegistryAuthFile(auth(registry.host())), image),
                    image);
            assertThat(registry.requests).contains("/token [Basic]", "/v2/ci/app/manifests/1 [Bearer]")
                    .anySatisfy(r -> assertThat(r).startsWith("/storage/sha256:"));
        }
    }

    @Test
    void pullWithoutCredentialsIsAFindingNamingTheFix() throws IOException {
        try (FakeRegistry registry = new FakeRegistry(ImageFormatsTests.loginThenDelete(), "ci/app", "1",
                FakeRegistry.Auth.BASIC, false)) {
            String image = "docker://" + registry.host() + "/ci/app:1";
            Path empty = Files.writeString(dir.resolve("empty.json"), "{}");

            ScanResult result = scan(ImageScanOptions.defaults().withRegistryAuthFile(empty), image);

            assertThat(ofRule(result, "docker/image-integrity")).singleElement().satisfies(f -> assertThat(f.message())
                    .contains("requires credentials; give them with --registry-auth"));
        }
    }

    @Test
    void blobThatDoesNotMatchItsDigestIsReported() throws IOException {
        TestImage image = ImageFormatsTests.loginThenDelete();
        String layer = image.build(TestImage.Compression.GZIP).layerBlobs().get(1).digest();
        try (FakeRegistry registry = new FakeRegistry(image, "ci/app", "1", FakeRegistry.Auth.NONE, false)) {
            registry.tamper(layer, TestImage.compress(new TestImage.Layer("x").tar(), TestImage.Compression.GZIP));

            ScanResult result = scan("docker://" + registry.host() + "/ci/app:1");

            assertThat(ofRule(result, "docker/image-integrity")).singleElement().satisfies(f -> assertThat(f.message())
                    .startsWith("layer 2/2 " + layer.substring(0, 19)).contains("does not match its digest"));
        }
    }

    @Test
    void missingBlobIsReported() throws IOException {
        TestImage image = ImageFormatsTests.loginThenDelete();
        String layer = image.build(TestImage.Compression.GZIP).layerBlobs().get(1).digest();
        try (FakeRegistry registry = new FakeRegistry(image, "ci/app", "1", FakeRegistry.Auth.NONE, false)) {
            registry.remove(layer);

            ScanResult result = scan("docker://" + registry.host() + "/ci/app:1");

            assertThat(ofRule(result, "docker/image-integrity")).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("is missing from the image"));
        }
    }

    @Test
    void pullByDigest() throws IOException {
        TestImage image = ImageFormatsTests.loginThenDelete();
        String digest = image.build(TestImage.Compression.GZIP).manifest().digest();
        try (FakeRegistry registry = new FakeRegistry(image, "ci/app", "1", FakeRegistry.Auth.NONE, false)) {
            String ref = "docker://" + registry.host() + "/ci/app@" + digest;

            assertTheFixturesFindings(scan(ref), ref);
        }
    }

    @Test
    void referencesParseLikeDockersImageNames() {
        assertThat(RegistryReference.parse("alpine")).hasToString("registry-1.docker.io/library/alpine:latest");
        assertThat(RegistryReference.parse("docker.io/org/app:1.2")).hasToString("registry-1.docker.io/org/app:1.2");
        assertThat(RegistryReference.parse("127.0.0.1:5000/ci/app:1").isLoopback()).isTrue();
        assertThat(RegistryReference.parse("localhost/app").host()).isEqualTo("localhost");
        assertThat(RegistryReference.parse("registry.example.test:443/a/b@sha256:" + "a".repeat(64)).reference())
                .isEqualTo("sha256:" + "a".repeat(64));
    }
}
