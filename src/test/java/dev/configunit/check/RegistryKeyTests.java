package dev.configunit.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link RegistryKey} takes an {@code auths}/{@code credHelpers} key apart the way the clients compare it.
 *
 * <p>docker-auth-semantics.md §1.4 ({@code ConvertToHostname}: any scheme, host[:port], cut at the first '/'),
 * §1.8 (Hub names), §2.3 and §4.2.
 */
class RegistryKeyTests {

    @Test
    void parsesSchemeHostPortAndPath() {
        RegistryKey key = RegistryKey.parse("https://registry.example.com:5000/v2/");

        assertThat(key.raw()).isEqualTo("https://registry.example.com:5000/v2/");
        assertThat(key.scheme()).isEqualTo("https");
        assertThat(key.host()).isEqualTo("registry.example.com:5000");
        assertThat(key.hostName()).isEqualTo("registry.example.com");
        assertThat(key.port()).isEqualTo("5000");
        assertThat(key.path()).isEqualTo("/v2/");
        assertThat(key.userInfo()).isFalse();
    }

    @Test
    void plainHostHasNoSchemePortOrPath() {
        RegistryKey key = RegistryKey.parse("registry.example.com");

        assertThat(key.scheme()).isEmpty();
        assertThat(key.host()).isEqualTo("registry.example.com");
        assertThat(key.port()).isEmpty();
        assertThat(key.path()).isEmpty();
    }

    @Test
    void namespacedKeyKeepsItsRepositoryPath() {
        RegistryKey key = RegistryKey.parse("quay.io/org/app");

        assertThat(key.scheme()).isEmpty();
        assertThat(key.host()).isEqualTo("quay.io");
        assertThat(key.path()).isEqualTo("/org/app");
    }

    @Test
    void anySchemeIsRecognised() {
        // §1.4: ConvertToHostname accepts any scheme, e.g. ftp://example.com -> example.com
        RegistryKey key = RegistryKey.parse("ftp://example.com");

        assertThat(key.scheme()).isEqualTo("ftp");
        assertThat(key.host()).isEqualTo("example.com");
    }

    @Test
    void parsesUserInformationAndKeepsItOutOfTheHost() {
        RegistryKey key = RegistryKey.parse("https://user:pass@registry.example.com:5000/v2/");

        assertThat(key.userInfo()).isTrue();
        assertThat(key.host()).isEqualTo("registry.example.com:5000");
        assertThat(key.port()).isEqualTo("5000");
        assertThat(key.path()).isEqualTo("/v2/");
    }

    @Test
    void passwordContainingAtSignStaysOutOfTheHost() {
        RegistryKey key = RegistryKey.parse("https://user:p@ss@registry.example.com");

        assertThat(key.host()).isEqualTo("registry.example.com");
        assertThat(key.display()).isEqualTo("https://***@registry.example.com");
    }

    @Test
    void bracketedIpv6WithPort() {
        RegistryKey key = RegistryKey.parse("[::1]:5000");

        assertThat(key.host()).isEqualTo("[::1]:5000");
        assertThat(key.hostName()).isEqualTo("[::1]");
        assertThat(key.port()).isEqualTo("5000");
        assertThat(key.canonicalHost()).isEqualTo("[::1]:5000");
    }

    @Test
    void bracketedIpv6WithoutPortHasNoPort() {
        RegistryKey key = RegistryKey.parse("https://[fe80::1]/v2/");

        assertThat(key.hostName()).isEqualTo("[fe80::1]");
        assertThat(key.port()).isEmpty();
        assertThat(key.path()).isEqualTo("/v2/");
    }

    @Test
    void unbracketedIpv6IsNotMistakenForHostAndPort() {
        RegistryKey key = RegistryKey.parse("::1");

        assertThat(key.hostName()).isEqualTo("::1");
        assertThat(key.port()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "docker.io",
        "index.docker.io",
        "registry-1.docker.io",
        "registry.hub.docker.com",
        "https://index.docker.io/v1/",
        "https://index.docker.io/v1",
        "http://index.docker.io/v1/",
        "https://docker.io",
        "DOCKER.IO",
        "HTTPS://INDEX.DOCKER.IO/V1/",
        "docker.io:443",
        "docker.io/library",
        "https://user:pw@registry-1.docker.io/v2/"
    })
    void recognisesEverySpellingOfDockerHub(String raw) {
        assertThat(RegistryKey.parse(raw).isDockerHub()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"quay.io", "docker.example.com", "mydocker.io", "index.docker.io.example.com",
        "https://ghcr.io/v2/", "localhost:5000"})
    void otherRegistriesAreNotDockerHub(String raw) {
        assertThat(RegistryKey.parse(raw).isDockerHub()).isFalse();
    }

    @Test
    void onlyTheExactIndexServerKeyIsCanonical() {
        // §1.4: the CLI looks up exactly https://index.docker.io/v1/
        assertThat(RegistryKey.parse("https://index.docker.io/v1/").isCanonicalHubKey()).isTrue();
        assertThat(RegistryKey.parse("https://index.docker.io/v1").isCanonicalHubKey()).isFalse();
        assertThat(RegistryKey.parse("HTTPS://index.docker.io/v1/").isCanonicalHubKey()).isFalse();
        assertThat(RegistryKey.parse("docker.io").isCanonicalHubKey()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "registry.example.com:443, registry.example.com",
        "Registry.Example.COM, registry.example.com",
        "HTTPS://Registry.Example.com:443/v1/, registry.example.com",
        "registry.example.com:5000, registry.example.com:5000",
        "https://user:pw@Registry.Example.com:8443/v2/, registry.example.com:8443",
        "[::1]:443, [::1]"
    })
    void canonicalHostDropsPort443AndLowerCases(String raw, String canonical) {
        assertThat(RegistryKey.parse(raw).canonicalHost()).isEqualTo(canonical);
    }

    @Test
    void portIsKeptAsWritten() {
        assertThat(RegistryKey.parse("Registry.Example.com:5000").host()).isEqualTo("Registry.Example.com:5000");
    }

    @ParameterizedTest
    @CsvSource({
        "/, true",
        "/v1, true",
        "/v1/, true",
        "/v2/, true",
        "/v3/, false",
        "/org, false",
        "/v2/org, false"
    })
    void recognisesApiVersionPaths(String path, boolean versionOrSlash) {
        assertThat(RegistryKey.parse("registry.example.com" + path).pathIsVersionOrSlash()).isEqualTo(versionOrSlash);
    }

    @ParameterizedTest
    @CsvSource({
        "https://user:pass@registry.example.com/v2/, https://***@registry.example.com/v2/",
        "user:pass@registry.example.com, ***@registry.example.com",
        "https://token@registry.example.com:5000, https://***@registry.example.com:5000",
        // found by fuzzing: "://" after the user information once made "user:pass@Ind" the scheme, shown as written
        "user:pass@Ind://Docker.IO/v1/, ***@Ind://Docker.IO/v1/",
        "user:pass@registry.example.com/x://y, ***@registry.example.com/x://y"
    })
    void displayMasksUserInformation(String raw, String shown) {
        RegistryKey key = RegistryKey.parse(raw);

        assertThat(key.display()).isEqualTo(shown).doesNotContain("pass", "user", "token");
    }

    @ParameterizedTest
    @CsvSource({
        "'[::1]:5000', '[::1]:5000'",
        "'[::1]', '[::1]'",
        "'registry.example.com:443', registry.example.com",
        // found by fuzzing: without its '[' the port was read after ']' but the host kept it too
        "'x::1]:5000', 'x::1]:5000'",
        "'a:b:c', 'a:b:c'",
        // found by fuzzing: a port that is not a number kept its upper case
        "'Registry.Example.com:ABC', 'registry.example.com:abc'"
    })
    void theCanonicalHostIsItsOwnCanonicalHost(String raw, String canonical) {
        String once = RegistryKey.parse(raw).canonicalHost();

        assertThat(once).isEqualTo(canonical);
        assertThat(RegistryKey.parse(once).canonicalHost()).isEqualTo(once);
    }

    @Test
    void displayWithoutUserInformationIsTheRawKey() {
        assertThat(RegistryKey.parse("HTTPS://Registry.Example.com:443/v1/").display())
                .isEqualTo("HTTPS://Registry.Example.com:443/v1/");
    }
}
