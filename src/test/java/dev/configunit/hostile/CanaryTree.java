package dev.configunit.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;

/**
 * Credential files whose every secret is a canary, in every shape ConfigUnit looks at: valid and broken {@code auth}
 * values, plaintext fields, tokens, user information in keys, wrong types, broken JSON around a password, CI
 * variables, and a credential file where a rule or suppression file is expected.
 */
final class CanaryTree {

    static final String USER = "canary-user-5d1e";
    static final String PASSWORD = "canary-pass-9b2c";
    static final String IDENTITY_TOKEN = "canary-idtoken-7f3a";
    static final String REGISTRY_TOKEN = "canary-regtoken-2c8e";
    static final String PAIR = USER + ":" + PASSWORD;

    /** What must never be printed: each secret as written, the pair, and their Base64 forms (also cut short). */
    static final List<String> FORBIDDEN = List.of(
            USER, PASSWORD, IDENTITY_TOKEN, REGISTRY_TOKEN, PAIR,
            base64(PAIR), base64(PAIR + "\n"), base64(USER + PASSWORD), base64(":" + PASSWORD), base64(PASSWORD),
            base64(PAIR).substring(0, 12), base64(PAIR + "!").replace("=", ""), base64Url(PAIR + ">>??"),
            base64(USER), base64(IDENTITY_TOKEN), base64(REGISTRY_TOKEN));

    private CanaryTree() {
    }

    /** The repository: credential files in every shape, plus the home, CI and rule-file traps. */
    static void writeRepository(Path root) throws IOException {
        write(root, "hub/.docker/config.json", """
                {
                  "auths": {
                    "docker.io": {"auth": "%s"},
                    "echo.example.com": {"auth": "%s"},
                    "nocolon.example.com": {"auth": "%s"},
                    "emptyuser.example.com": {"auth": "%s"},
                    "raw.example.com": {"auth": "%s"},
                    "unpadded.example.com": {"auth": "%s"},
                    "urlsafe.example.com": {"auth": "%s"},
                    "wrapped.example.com": {"auth": "%s"},
                    "plain.example.com": {"username": "%s", "password": "%s", "email": "%s@example.com"},
                    "https://tokens.example.com/v2/": {"identitytoken": "%s", "registrytoken": "%s"},
                    "https://%s:%s@userinfo.example.com": {},
                    "registry.example.com": {"auth": "%s", "password": "%s"},
                    "https://registry.example.com": {"auth": "%s", "serveraddress": "https://%s:%s@registry.example.com"}
                  },
                  "credHelpers": {"https://%s:%s@helper.example.com": "desktop"},
                  "credsStore": "desktop",
                  "credStore": "%s",
                  "https://%s:%s@top.example.com": {"auth": "%s"}
                }
                """.formatted(base64(PAIR), base64(PAIR + "\n"), base64(USER + PASSWORD), base64(":" + PASSWORD), PAIR,
                base64(PAIR + "!").replace("=", ""), base64Url(PAIR + ">>??"),
                base64(PAIR).substring(0, 8) + "\\n" + base64(PAIR).substring(8), USER, PASSWORD, USER,
                IDENTITY_TOKEN, REGISTRY_TOKEN, USER, PASSWORD, base64(PAIR), PASSWORD + "-old", base64(PAIR), USER,
                PASSWORD, USER, PASSWORD, PASSWORD, USER, PASSWORD, base64(PAIR)), "rw-r--r--");
        write(root, "types/.docker/config.json", """
                {"auths": {"types.example.com": {"auth": ["%s"], "password": {"value": "%s"}, "identitytoken": 7},
                           "string.example.com": "%s"},
                 "credsStore": ["%s"]}
                """.formatted(base64(PAIR), PASSWORD, PASSWORD, PASSWORD), "rw-------");
        write(root, "comma/.docker/config.json", "{\"auths\": {\"r.example.com\": {\"password\": \"" + PASSWORD
                + "\",}}}", "rw-------");
        write(root, "control/.docker/config.json", "{\"auths\": {\"r.example.com\": {\"password\": \"" + PASSWORD
                + "\u0001\"}}}", "rw-------");
        write(root, "unterminated/.docker/config.json", "{\"auths\": {\"r.example.com\": {\"auth\": \"" + base64(PAIR),
                "rw-------");
        Path utf8 = root.resolve("utf8/.docker/config.json");
        Files.createDirectories(utf8.getParent());
        Files.write(utf8, HostileCorpus.bytes("{\"auths\": {\"r.example.com\": {\"password\": \"" + PASSWORD, 0xC3,
                0x28, "\"}}}"));
        write(root, "duplicate/containers/auth.json", "{\"auths\": {\"quay.io\": {\"auth\": \"" + base64(PAIR + " ")
                + "\"}, \"quay.io\": {\"auth\": \"" + base64(USER + ":other") + "\"}}}", "rw-------");
        write(root, "legacy/.dockercfg", "{\"registry.example.com\": {\"auth\": \"" + base64(PAIR) + "\", \"email\": \""
                + USER + "@example.com\"}}", "rw-------");
        write(root, "userinfo-first/pull-secret.json", "{\"https://" + USER + ":" + PASSWORD
                + "@first.example.com\": {\"auth\": \"" + base64(PAIR) + "\"}, \"auths\": {}}", "rw-------");
        write(root, ".gitlab-ci.yml", """
                variables:
                  DOCKER_AUTH_CONFIG: '{"auths": {"registry.example.com": {"username": "%s", "password": "%s"}}, "credsStore": "%s"}'

                build:
                  variables:
                    DOCKER_AUTH_CONFIG: |
                      {
                        "auths": {"docker.io": {"auth": "%s", "identitytoken": "%s"}},
                        "credHelpers": {"https://%s:%s@helper.example.com": "desktop"}
                      }
                  script: [make]

                broken:
                  variables:
                    DOCKER_AUTH_CONFIG: '{"auths": {"r.example.com": {"auth": "%s", "password": "%s",}}}'
                  script: [make]

                userinfo:
                  variables:
                    DOCKER_AUTH_CONFIG: '{"https://%s:%s@registry.example.com": {"auth": "%s"}}'
                  script: [make]
                """.formatted(USER, PASSWORD, PASSWORD, base64(PAIR), IDENTITY_TOKEN, USER, PASSWORD, base64(PAIR),
                PASSWORD, USER, PASSWORD, base64(PAIR)), "rw-------");
        // A repository's .configunit.yaml that links to the job's credential file: not followed out of the tree.
        Files.createSymbolicLink(root.resolve(".configunit.yaml"), Path.of("../home/.docker/config.json"));
    }

    /** A job's home: what {@code configunit env} reads. */
    static void writeHome(Path home) throws IOException {
        write(home, ".docker/config.json", "{\"auths\": {\"docker.io\": {\"auth\": \"" + base64(PAIR + "\n")
                + "\"}, \"https://" + USER + ":" + PASSWORD + "@r.example.com\": {\"password\": \"" + PASSWORD
                + "\"}}}", "rw-r--r--");
        write(home, ".config/containers/auth.json", "{\"auths\": {\"quay.io\": {\"auth\": \"" + base64(USER + PASSWORD)
                + "\"}}}", "rw-------");
        write(home, ".dockercfg", "{\"registry.example.com\": {\"auth\": \"" + base64(PAIR) + "\"}}", "rw-------");
    }

    /** The {@code DOCKER_AUTH_CONFIG} of the job: the legacy shape with user information and a broken auth. */
    static String dockerAuthConfig() {
        return "{\"https://" + USER + ":" + PASSWORD + "@registry.example.com\": {\"auth\": \"" + base64(PAIR)
                + "\"}, \"auths\": {\"docker.io\": {\"auth\": \"" + base64(PAIR + "\n") + "\", \"identitytoken\": \""
                + IDENTITY_TOKEN + "\"}}}";
    }

    static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Path root, String relative, String content, String mode) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
    }
}
