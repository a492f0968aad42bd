package dev.configunit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code fix} command's contract (issue #6): what it repairs, what it refuses, how it writes and what it shows.
 */
class FixCommandTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HUB = "https://index.docker.io/v1/";
    private static final String USER = "canary-user-5d1e";
    private static final String PASSWORD = "canary-pass-93ab";

    @TempDir
    Path tree;

    // --- what it repairs

    @Test
    void dockerHubKeyedDockerIoIsRenamedToTheKeyDockerLooksUp() throws IOException {
        Path file = write(".docker/config.json", "{\n\t\"auths\": {\n\t\t\"docker.io\": {}\n\t},\n\t\"credsStore\": \"pass\"\n}");

        CliRun run = CliRun.of("fix", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(read(file)).isEqualTo("{\n\t\"auths\": {\n\t\t\"" + HUB + "\": {}\n\t},\n\t\"credsStore\": \"pass\"\n}");
        assertThat(run.out()).contains("renamed auths key \"docker.io\" to \"" + HUB + "\" (docker/hub-key)");
    }

    @Test
    void everyDockerHubSpellingBecomesTheCanonicalKey() throws IOException {
        for (String key : List.of("index.docker.io", "registry-1.docker.io", "https://index.docker.io/v1",
                "http://index.docker.io/v1/", "https://docker.io", "Docker.IO", "index.docker.io/v1/")) {
            Path file = write(".docker/config.json", "{\"auths\": {\"" + key + "\": {}}, \"credsStore\": \"pass\"}");

            assertThat(CliRun.of("fix", file.toString()).exitCode()).isZero();

            assertThat(read(file)).as(key).isEqualTo("{\"auths\": {\"" + HUB + "\": {}}, \"credsStore\": \"pass\"}");
        }
    }

    @Test
    void podmanAuthJsonKeysDockerHubAsDockerIoLikePodmanLogin() throws IOException {
        Path file = write("containers/auth.json", "{\"auths\": {\"" + HUB + "\": {\"auth\": \"" + auth(USER, PASSWORD)
                + "\"}, \"https://Quay.io/v2/\": {\"auth\": \"" + auth(USER, PASSWORD) + "\"}}}");

        CliRun.of("fix", file.toString());

        assertThat(read(file)).isEqualTo("{\"auths\": {\"docker.io\": {\"auth\": \"" + auth(USER, PASSWORD)
                + "\"}, \"quay.io\": {\"auth\": \"" + auth(USER, PASSWORD) + "\"}}}");
    }

    @Test
    void podmanFileFixedForDockerTooGetsTheDockerKey() throws IOException {
        Path file = write("containers/auth.json", "{\"auths\": {\"docker.io\": {}}}");

        CliRun.of("fix", file.toString(), "--clients", "docker,podman");

        assertThat(read(file)).isEqualTo("{\"auths\": {\"" + HUB + "\": {}}}");
    }

    @Test
    void registryKeyWithSchemePathUpperCaseOrDefaultPortBecomesHostAndPort() throws IOException {
        Path file = write(".docker/config.json", "{\"auths\": {"
                + "\"https://registry.example.com/v2/\": {}, \"Ghcr.IO\": {}, \"quay.io:443\": {},"
                + " \"localhost:5000/\": {}, \"http://10.0.0.1:5000/v1/\": {}}, \"credsStore\": \"pass\"}");

        CliRun.of("fix", file.toString());

        assertThat(read(file)).isEqualTo("{\"auths\": {"
                + "\"registry.example.com\": {}, \"ghcr.io\": {}, \"quay.io\": {},"
                + " \"localhost:5000\": {}, \"10.0.0.1:5000\": {}}, \"credsStore\": \"pass\"}");
    }

    @Test
    void credHelperKeysAreRenamedLikeAuthsKeys() throws IOException {
        Path file = write(".docker/config.json", "{\"credHelpers\": {\"docker.io\": \"desktop\", \"https://gcr.io\": \"gcloud\"}}");

        CliRun.of("fix", file.toString());

        assertThat(read(file)).isEqualTo("{\"credHelpers\": {\"" + HUB + "\": \"desktop\", \"gcr.io\": \"gcloud\"}}");
    }

    @Test
    void namespacedKeysAreLeftAlone() throws IOException {
        String content = "{\"auths\": {\"quay.io/org/app\": {}, \"docker.io/library\": {}}, \"credsStore\": \"pass\"}";
        Path file = write(".docker/config.json", content);

        CliRun run = CliRun.of("fix", file.toString());

        assertThat(read(file)).isEqualTo(content);
        assertThat(run.out()).contains("nothing to fix in 1 credential file");
    }

    @Test
    void authMadeWithEchoIsReencodedWithoutTheTrailingNewline() throws IOException {
        Path file = write(".docker/config.json", "{\"auths\": {\"quay.io\": {\"auth\": \"" + auth(USER, PASSWORD + "\n")
                + "\"}, \"ghcr.io\": {\"auth\": \"" + auth(USER, PASSWORD + "\r\n") + "\"}}}");

        CliRun run = CliRun.of("fix", file.toString());

        assertThat(read(file)).isEqualTo("{\"auths\": {\"quay.io\": {\"auth\": \"" + auth(USER, PASSWORD)
                + "\"}, \"ghcr.io\": {\"auth\": \"" + auth(USER, PASSWORD) + "\"}}}");
        assertThat(run.out()).contains("removed the trailing newline from the password in \"auth\" of \"quay.io\" "
                + "(docker/auth-whitespace)");
    }

    @Test
    void authWithoutPaddingIsPadded() throws IOException {
        String padded = auth(USER, PASSWORD + "x");
        assertThat(padded).endsWith("=");
        Path file = write(".docker/config.json", "{\"auths\": {\"quay.io\": {\"auth\": \"" + padded.replace("=", "") + "\"}}}");

        CliRun.of("fix", file.toString());

        assertThat(read(file)).isEqualTo("{\"auths\": {\"quay.io\": {\"auth\": \"" + padded + "\"}}}");
    }

    @Test
    void authWrappedWithEscapedLineBreaksIsJoined() throws IOException {
        String auth = auth(USER, PASSWORD);
        Path file = write(".docker/config.json", "{\"auths\": {\"quay.io\": {\"auth\": \"" + auth.substring(0, 12) + "\\n"
                + auth.substring(12) + "\\r\\n\"}}}");

        CliRun.of("fix", file.toString());

        assertThat(read(file)).isEqualTo("{\"auths\": {\"quay.io\": {\"auth\": \"" + auth + "\"}}}");
    }

    @Test
    void authInTheUrlSafeAlphabetIsConvertedToTheStandardOne() throws IOException {
        String standard = Base64.getEncoder().encodeToString("u:p?>?>".getBytes(StandardCharsets.UTF_8));
        assertThat(standard).containsAnyOf("+", "/");
        String urlSafe = standard.replace('+', '-').replace('/', '_');
        Path file = write(".docker/config.json", "{\"auths\": {\"quay.io\": {\"auth\": \"" + urlSafe + "\"}}}");

        CliRun.of("fix", file.toString());

        assertThat(read(file)).isEqualTo("{\"auths\": {\"quay.io\": {\"auth\": \"" + standard + "\"}}}");
    }

    @Test
    void plaintextUsernameAndPasswordAreMergedIntoAuthWhereTheUsernameWas() throws IOException {
        Path file = write(".docker/config.json", "{\n  \"auths\": {\n    \"quay.io\": {\n      \"username\": \"" + USER
                + "\",\n      \"password\": \"" + PASSWORD + "\"\n    }\n  }\n}\n");

        CliRun run = CliRun.of("fix", file.toString());

        assertThat(read(file)).isEqualTo("{\n  \"auths\": {\n    \"quay.io\": {\n      \"auth\": \"" + auth(USER, PASSWORD)
                + "\"\n    }\n  }\n}\n");
        assertThat(run.out()).contains("moved \"username\" and \"password\" of \"quay.io\" into \"auth\" "
                + "(docker/plaintext-password)");
    }

    @Test
    void plaintextFieldsBesideAnEmptyAuthGoIntoThatAuth() throws IOException {
        Path file = write(".docker/config.json", "{\"auths\": {\"quay.io\": {\"password\": \"" + PASSWORD + "\\n\", \"auth\": \"\", "
                + "\"username\": \"" + USER + "\"}}}");

        CliRun.of("fix", file.toString());

        assertThat(read(file)).isEqualTo("{\"auths\": {\"quay.io\": {\"auth\": \"" + auth(USER, PASSWORD) + "\"}}}");
    }

    @Test
    void emailAndServeraddressAreDropped() throws IOException {
        Path file = write(".docker/config.json", "{\"auths\": {\"quay.io\": {\"email\": \"me@example.com\", \"auth\": \""
                + auth(USER, PASSWORD) + "\", \"serveraddress\": \"quay.io\"}}}");

        CliRun run = CliRun.of("fix", file.toString());

        assertThat(read(file)).isEqualTo("{\"auths\": {\"quay.io\": {\"auth\": \"" + auth(USER, PASSWORD) + "\"}}}");
        assertThat(run.out()).contains("removed \"email\" from \"quay.io\" (docker/legacy-field)",
                "removed \"serveraddress\" from \"quay.io\" (docker/legacy-field)");
    }

    @Test
    void twoKeysForOneRegistryWithTheSameCredentialsBecomeOne() throws IOException {
        Path file = write(".docker/config.json", "{\"auths\": {\"docker.io\": {\"auth\": \"" + auth(USER, PASSWORD)
                + "\"}, \"" + HUB + "\": {\"auth\": \"" + auth(USER, PASSWORD + "\n") + "\"}, \"index.docker.io\": {}}}");

        CliRun run = CliRun.of("fix", file.toString());

        assertThat(read(file)).isEqualTo("{\"auths\": {\"" + HUB + "\": {\"auth\": \"" + auth(USER, PASSWORD) + "\"}}}");
        assertThat(run.out()).contains("merged auths key \"docker.io\" into \"" + HUB + "\"",
                "merged auths key \"index.docker.io\" into \"" + HUB + "\"");
    }

    @Test
    void fileAndDirectoryGetTheModesDockerCreates() throws IOException {
        Path file = write(".docker/config.json", "{\"auths\": {}}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("rwxrwxr-x"));

        CliRun run = CliRun.of("fix", tree.toString());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(run.out()).contains("mode 0644 -> 0600 (docker/file-permissions)",
                "directory .docker mode 0775 -> 0700 (docker/file-permissions)");
        assertThat(tree.resolve(".docker/config.json.bak")).doesNotExist(); // the content did not change
    }

    @Test
    void rewrittenFileGetsMode0600() throws IOException {
        Path file = write(".docker/config.json", "{\"auths\": {\"docker.io\": {}}}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

        CliRun.of("fix", file.toString());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aPrivateModeThatIsNotExactly0600IsKept() throws IOException {
        Path file = write(".docker/config.json", "{\"auths\": {\"docker.io\": {}}}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));

        CliRun.of("fix", file.toString());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("r--------");
    }

    // --- what it refuses

    @Test
    void twoKeysForOneRegistryWithDifferentCredentialsAreRefused() throws IOException {
        String content = "{\"auths\": {\"docker.io\": {\"auth\": \"" + auth(USER, PASSWORD) + "\"}, \"" + HUB
                + "\": {\"auth\": \"" + auth(USER, "other") + "\"}}}";
        assertRefused(content, "keys \"docker.io\" and \"" + HUB + "\" name the same registry (\"" + HUB
                + "\") with different credentials");
    }

    @Test
    void credHelpersForOneRegistryWithDifferentHelpersAreRefused() throws IOException {
        assertRefused("{\"credHelpers\": {\"gcr.io\": \"gcloud\", \"https://gcr.io\": \"gcr\"}}",
                "credHelpers keys \"gcr.io\" and \"https://gcr.io\" name the same registry (\"gcr.io\") with different helpers");
    }

    @Test
    void authWithoutColonIsRefused() throws IOException {
        String noColon = Base64.getEncoder().encodeToString((USER + PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertRefused("{\"auths\": {\"docker.io\": {\"auth\": \"" + noColon + "\"}}}",
                "decoded \"auth\" of \"docker.io\" has no ':' between user name and password");
    }

    @Test
    void fileThatDoesNotParseIsRefused() throws IOException {
        assertRefused("{\"auths\": {\"docker.io\": {},}}", "not JSON as Go reads it (1:28: invalid character '}'");
    }

    @Test
    void keyWithUserInformationIsRefusedWithoutShowingIt() throws IOException {
        CliRun run = assertRefused("{\"auths\": {\"https://" + USER + ":" + PASSWORD + "@registry.example.com\": {}}}",
                "key \"https://***@registry.example.com\" carries user information");
        assertThat(run.all()).doesNotContain(USER, PASSWORD);
    }

    @Test
    void authThatIsNotRepairableBase64IsRefused() throws IOException {
        assertRefused("{\"auths\": {\"quay.io\": {\"auth\": \"dXNl cjpw\"}}}",
                "\"auth\" of \"quay.io\" contains a space or a character outside the Base64 alphabet");
    }

    @Test
    void passwordEndingInABlankOtherThanANewlineIsRefused() throws IOException {
        assertRefused("{\"auths\": {\"quay.io\": {\"auth\": \"" + auth(USER, PASSWORD + " ") + "\"}}}",
                "the password in \"auth\" of \"quay.io\" begins or ends with whitespace");
    }

    @Test
    void everyRefusalInAFileIsListedInOneRun() throws IOException {
        String content = "{\"auths\": {\"quay.io\": {\"auth\": \"eA==\"}, \"ghcr.io\": {\"auth\": 42}, \"docker.io\": {}}}";
        Path file = write(".docker/config.json", content);

        CliRun run = CliRun.of("fix", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("configunit: " + file + ": refused, nothing changed:\n"
                + "  - decoded \"auth\" of \"quay.io\" has no ':' between user name and password, so ConfigUnit cannot "
                + "tell them apart. Re-encode it by hand: printf '%s' 'user:password' | base64 -w0\n"
                + "  - \"auth\" of \"ghcr.io\" is not a string; correct it by hand\n");
        assertThat(read(file)).isEqualTo(content);
    }

    @Test
    void aRefusedFileDoesNotStopTheOthers() throws IOException {
        Path bad = write("a/.docker/config.json", "{\"auths\": {\"docker.io\": {\"auth\": \"eA==\"}}}");
        Path good = write("b/.docker/config.json", "{\"auths\": {\"docker.io\": {}}}");

        CliRun run = CliRun.of("fix", tree.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(read(bad)).isEqualTo("{\"auths\": {\"docker.io\": {\"auth\": \"eA==\"}}}");
        assertThat(read(good)).isEqualTo("{\"auths\": {\"" + HUB + "\": {}}}");
        assertThat(run.out()).endsWith("fixed 1 credential file, 1 refused\n");
    }

    // --- how it writes

    @Test
    void theOriginalIsKeptAsAPrivateBackup() throws IOException {
        String original = "{\"auths\": {\"docker.io\": {\"auth\": \"" + auth(USER, PASSWORD) + "\"}}}";
        Path file = write(".docker/config.json", original);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        CliRun.of("fix", file.toString());

        Path backup = file.resolveSibling("config.json.bak");
        assertThat(read(backup)).isEqualTo(original);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
    }

    @Test
    void noBackupMeansNoBackup() throws IOException {
        Path file = write(".docker/config.json", "{\"auths\": {\"docker.io\": {}}}");

        CliRun.of("fix", file.toString(), "--no-backup");

        assertThat(file.resolveSibling("config.json.bak")).doesNotExist();
        assertThat(read(file)).contains(HUB);
    }

    @Test
    void dryRunPrintsTheDiffAndWritesNothing() throws IOException {
        String original = "{\n\t\"auths\": {\n\t\t\"docker.io\": {}\n\t}\n}";
        Path file = write(".docker/config.json", original);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        CliRun run = CliRun.of("fix", file.toString(), "--dry-run");

        assertThat(run.exitCode()).isZero();
        assertThat(read(file)).isEqualTo(original);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
        assertThat(file.resolveSibling("config.json.bak")).doesNotExist();
        assertThat(run.out()).contains("-\t\t\"docker.io\": {}\n+\t\t\"" + HUB + "\": {}\n",
                "would fix " + file + ":", "mode 0644 -> 0600");
        assertThat(run.out()).endsWith("would fix 1 credential file; dry run, nothing written\n");
    }

    @Test
    void theOwnerAndGroupOfTheOriginalAreKept() throws IOException {
        Path file = write(".docker/config.json", "{\"auths\": {\"docker.io\": {}}}");
        java.nio.file.attribute.UserPrincipalLookupService users = file.getFileSystem().getUserPrincipalLookupService();
        java.nio.file.attribute.PosixFileAttributeView view =
                Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class);
        try {
            view.setOwner(users.lookupPrincipalByName("nobody"));
            view.setGroup(users.lookupPrincipalByGroupName("nogroup"));
        } catch (IOException e) {
            org.assertj.core.api.Assumptions.assumeThat(e).as("only root can give a file away").isNull();
        }

        CliRun.of("fix", file.toString());

        assertThat(read(file)).contains(HUB);
        assertThat(Files.getOwner(file).getName()).isEqualTo("nobody");
        assertThat(view.readAttributes().group().getName()).isEqualTo("nogroup");
        assertThat(Files.getOwner(file.resolveSibling("config.json.bak")).getName()).isEqualTo("nobody");
    }

    @Test
    void symbolicLinkIsFollowedItsTargetReplacedAndTheLinkKept() throws IOException {
        Path target = write("dotfiles/docker.json", "{\"auths\": {\"docker.io\": {}}}");
        Path link = tree.resolve("home/.docker/config.json");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, target);

        CliRun run = CliRun.of("fix", link.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(target);
        assertThat(read(target)).isEqualTo("{\"auths\": {\"" + HUB + "\": {}}}");
        assertThat(link.resolveSibling("config.json.bak")).exists();
    }

    @Test
    void danglingSymbolicLinkIsRefused() throws IOException {
        Path link = tree.resolve(".docker/config.json");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, tree.resolve("missing.json"));

        CliRun run = CliRun.of("fix", link.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("refused, nothing changed");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(tree.resolve("missing.json")).doesNotExist();
    }

    @Test
    void indentationWithTabsAsDockerWritesItIsKept() throws IOException {
        Path file = write(".docker/config.json", "{\n\t\"auths\": {\n\t\t\"docker.io\": {\n\t\t\t\"auth\": \"" + auth(USER, PASSWORD + "\n")
                + "\",\n\t\t\t\"email\": \"me@example.com\"\n\t\t}\n\t},\n\t\"psFormat\": \"table {{.ID}}\"\n}");

        CliRun.of("fix", file.toString());

        assertThat(read(file)).isEqualTo("{\n\t\"auths\": {\n\t\t\"" + HUB + "\": {\n\t\t\t\"auth\": \"" + auth(USER, PASSWORD)
                + "\"\n\t\t}\n\t},\n\t\"psFormat\": \"table {{.ID}}\"\n}");
    }

    @Test
    void indentationWithFourSpacesAndKeyOrderAreKept() throws IOException {
        Path file = write(".docker/config.json", "{\n    \"zeta\": 1e400,\n    \"auths\": {\n        \"quay.io\": {},\n"
                + "        \"docker.io\": {\n            \"email\": \"me@example.com\",\n            \"auth\": \"" + auth(USER, PASSWORD)
                + "\"\n        },\n        \"a.example\": {}\n    },\n    \"credsStore\": \"pass\"\n}\n");

        CliRun.of("fix", file.toString());

        assertThat(read(file)).isEqualTo("{\n    \"zeta\": 1e400,\n    \"auths\": {\n        \"quay.io\": {},\n"
                + "        \"" + HUB + "\": {\n            \"auth\": \"" + auth(USER, PASSWORD)
                + "\"\n        },\n        \"a.example\": {}\n    },\n    \"credsStore\": \"pass\"\n}\n");
    }

    // --- idempotence and the re-scan

    @Test
    void aSecondRunChangesNothingAndSaysSo() throws IOException {
        Path file = write(".docker/config.json", messyConfig());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(CliRun.of("fix", tree.toString(), "--no-backup").exitCode()).isZero();
        String once = read(file);

        CliRun second = CliRun.of("fix", tree.toString(), "--no-backup");

        assertThat(second.exitCode()).isZero();
        assertThat(read(file)).isEqualTo(once);
        assertThat(second.out()).isEqualTo("nothing to fix in 1 credential file\n");
    }

    @Test
    void aScanAfterFixShowsNoneOfTheFixedRules() throws IOException {
        Path config = write(".docker/config.json", messyConfig());
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r--r--"));
        write("containers/auth.json", "{\"auths\": {\"https://index.docker.io/v1\": {\"auth\": \"" + auth(USER, PASSWORD + "\n") + "\"}}}");
        Set<String> fixedRules = Set.of("docker/hub-key", "docker/registry-key", "docker/auth-whitespace",
                "docker/auth-base64", "docker/plaintext-password", "docker/legacy-field", "docker/file-permissions",
                "docker/duplicate-registry");
        // "quay.io" beside "https://quay.io": the exact key wins for docker and podman, GitLab Runner drops one (§4.2).
        assertThat(rulesFound(CliRun.of("scan", tree.toString(), "--format", "json", "--clients",
                "docker,podman,gitlab-runner"))).containsAll(fixedRules);

        CliRun.of("fix", tree.toString());

        assertThat(rulesFound(CliRun.of("scan", tree.toString(), "--format", "json"))).doesNotContainAnyElementsOf(fixedRules);
        assertThat(rulesFound(CliRun.of("scan", tree.resolve(".docker").toString(), "--format", "json",
                "--clients", "docker,podman,gitlab-runner"))).doesNotContainAnyElementsOf(fixedRules);
    }

    // --- secrets

    @Test
    void noSecretReachesAnyOutput() throws IOException {
        write("a/.docker/config.json", messyConfig());
        write("b/.docker/config.json", "{\"auths\": {\"docker.io\": {\"auth\": \"" + auth(USER, PASSWORD) + "\"}, \"" + HUB
                + "\": {\"auth\": \"" + auth(USER, PASSWORD + "2") + "\", \"identitytoken\": \"" + PASSWORD + "\"}}}");
        write("c/.docker/config.json", "{\"auths\": {\"x.io\": {\"auth\": \"" + Base64.getEncoder().encodeToString(
                PASSWORD.getBytes(StandardCharsets.UTF_8)) + "\"}}}");
        write("d/.docker/config.json", "{\"auths\": {\"x.io\": {\"username\": \"" + USER + "\", \"password\": \""
                + PASSWORD + "\"}},\n\"HttpHeaders\": "
                + "{\"Authorization\": \"Bearer " + PASSWORD + "\"}, \"proxies\": {\"default\": {\"httpProxy\": \"http://"
                + USER + ":" + PASSWORD + "@proxy:3128\"}}, \"credsStore\": \"pass\", \"auth\": \"" + PASSWORD + "\"}");
        write("e/.docker/config.json", "{\"auths\": {\"x.io\": {\"auth\": " + PASSWORD.length() + "}, \"y.io\": {\"auth\": \"" + PASSWORD + "\",}}}");

        String all = CliRun.of("fix", tree.toString(), "--dry-run").all() + CliRun.of("fix", tree.toString()).all()
                + CliRun.of("fix", tree.toString()).all();

        assertThat(all).contains("+{\"auths\": {\"x.io\": {\"auth\": \"***\"}},", "\"Authorization\": \"***\"",
                "\"httpProxy\": \"***\"", "refused");
        assertThat(all).doesNotContain(USER, PASSWORD, "Y2FuYXJ5", auth(USER, PASSWORD), auth(USER, PASSWORD + "\n"),
                Base64.getEncoder().encodeToString(PASSWORD.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aLegacyDockercfgIsFixedAsTheAuthsMapItIs() throws IOException {
        Path file = write(".dockercfg", "{\"docker.io\": {\"auth\": \"" + auth(USER, PASSWORD + "\n")
                + "\", \"email\": \"me@example.com\"}}");

        CliRun.of("fix", file.toString());

        assertThat(read(file)).isEqualTo("{\"" + HUB + "\": {\"auth\": \"" + auth(USER, PASSWORD) + "\"}}");
    }

    @Test
    void dockerAuthConfigInACiFileIsLeftToScan() throws IOException {
        String ci = "variables:\n  DOCKER_AUTH_CONFIG: '{\"auths\": {\"docker.io\": {}}}'\n";
        Path file = write(".gitlab-ci.yml", ci);

        CliRun run = CliRun.of("fix", tree.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(file + ": DOCKER_AUTH_CONFIG values in CI files are not rewritten");
        assertThat(read(file)).isEqualTo(ci);
    }

    // --- the command line

    @Test
    void aFileThatIsNotACredentialFileIsLeftAlone() throws IOException {
        Path app = write("config.json", "{\"auth\": {\"provider\": \"oidc\"}}");

        CliRun run = CliRun.of("fix", app.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("not a credential file; nothing to fix");
        assertThat(read(app)).isEqualTo("{\"auth\": {\"provider\": \"oidc\"}}");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRun.of("fix").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("fix", tree.resolve("missing").toString()).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("fix", tree.toString(), "--clients", "rkt").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("fix", tree.toString(), "--force").exitCode()).isEqualTo(2);
    }

    /** One of each fixable fault, tab-indented as docker writes. */
    private static String messyConfig() {
        String unpadded = auth("robot", PASSWORD + "x").replace("=", "");
        return "{\n\t\"auths\": {\n"
                + "\t\t\"docker.io\": {\n\t\t\t\"auth\": \"" + auth(USER, PASSWORD + "\n") + "\",\n\t\t\t\"email\": \"me@example.com\"\n\t\t},\n"
                + "\t\t\"https://Registry.Example.com:443/v2/\": {\n\t\t\t\"username\": \"" + USER + "\",\n\t\t\t\"password\": \""
                + PASSWORD + "\\n\",\n\t\t\t\"serveraddress\": \"registry.example.com\"\n\t\t},\n"
                + "\t\t\"quay.io\": {\n\t\t\t\"auth\": \"" + unpadded + "\"\n\t\t},\n"
                + "\t\t\"https://quay.io\": {}\n"
                + "\t},\n\t\"credHelpers\": {\n\t\t\"https://gcr.io/\": \"gcloud\"\n\t}\n}\n";
    }

    private CliRun assertRefused(String content, String message) throws IOException {
        Path file = write(".docker/config.json", content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        CliRun run = CliRun.of("fix", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(file + ": refused, nothing changed: " + message);
        assertThat(read(file)).isEqualTo(content);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
        assertThat(file.resolveSibling("config.json.bak")).doesNotExist();
        return run;
    }

    private static List<String> rulesFound(CliRun scan) {
        List<String> rules = new ArrayList<>();
        JSON.readTree(scan.out()).get("findings").forEach(f -> rules.add(f.get("rule").asString()));
        return rules;
    }

    private static String auth(String user, String password) {
        return Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String relative, String content) throws IOException {
        Path file = tree.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("rwx------"));
        return file;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file);
    }
}
