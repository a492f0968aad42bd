package dev.configunit.check;

import static dev.configunit.check.LintRun.auths;
import static dev.configunit.check.LintRun.b64;
import static org.assertj.core.api.Assertions.assertThat;

import dev.configunit.finding.Finding;
import dev.configunit.finding.Level;
import dev.configunit.lint.RuleOutcome;
import dev.configunit.source.SourceKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Positive and negative cases of the catalogue's rules beyond the seed's: what each client does, by the section
 * of docker-auth-semantics.md that says so.
 */
class CatalogueRulesTests {

    @Nested
    class UnknownKey {
        private static final String RULE = "docker/unknown-key";

        @Test
        void aMisspeltCredsStoreIsSilentlyIgnoredByGoSoItIsReportedWithTheRightSpelling() {
            // §1.2: no DisallowUnknownFields; "credStore" disables the store without a word.
            Finding finding = LintRun.dockerConfig().single(RULE, "{\"auths\": {}, \"credStore\": \"desktop\"}");

            assertThat(finding.level()).isEqualTo(Level.WARNING);
            assertThat(finding.message()).contains("\"credStore\"", "Did you mean \"credsStore\"?");
            assertThat(finding.region().line()).isEqualTo(1);
            assertThat(finding.region().column()).isEqualTo(15);
        }

        @Test
        void aFieldInAnotherCaseWorksOnlyByAccident() {
            // §1.2: Go matches field names case-insensitively.
            assertThat(LintRun.dockerConfig().single(RULE, "{\"Auths\": {}}").message())
                    .contains("works only by accident", "Write it \"auths\"");
        }

        @Test
        void knownFieldsAndRetiredOnesAreFine() {
            assertThat(LintRun.dockerConfig().findings(RULE, "{\"auths\": {}, \"credsStore\": \"pass\", \"psFormat\": \"x\","
                    + " \"experimental\": \"enabled\", \"features\": {\"buildkit\": \"true\"}}")).isEmpty();
        }
    }

    @Nested
    class NamespaceKey {
        private static final String RULE = "docker/namespace-key";

        @Test
        void aRepositoryPathWithoutSchemeIsOneKeyWithTwoMeanings() {
            // §2.3 podman: per repository; §11 docker: cut at '/', used for every repository of the host.
            Finding finding = LintRun.dockerConfig().single(RULE, auths("quay.io/org/app", "{}"));

            assertThat(finding.message()).contains("every repository of quay.io");
            assertThat(finding.clients()).containsExactly("docker");
        }

        @Test
        void podmanAloneIsNotHurtByIt() {
            assertThat(LintRun.containersAuth().outcome(RULE, auths("quay.io/org/app", "{}")).status())
                    .isEqualTo(RuleOutcome.Status.SKIPPED);
        }

        @Test
        void hostKeysVersionPathsAndDockerHubKeysAreOtherRulesConcern() {
            assertThat(LintRun.dockerConfig().findings(RULE, "{\"auths\": {\"quay.io\": {}, \"quay.io/v2/\": {},"
                    + " \"https://quay.io/org/app\": {}, \"docker.io/library\": {}}}")).isEmpty();
        }
    }

    @Nested
    class DuplicateRegistry {
        private static final String RULE = "docker/duplicate-registry";

        @Test
        void twoKeysForOneHostWithoutTheExactOneMakeDockerPickAtRandom() {
            // §1.4: no exact key, the legacy loop takes the first match in Go's random map order.
            Finding finding = LintRun.dockerConfig().single(RULE, "{\"auths\": {\"https://quay.io\": {}, \"http://quay.io/v2/\": {}}}");

            assertThat(finding.message()).contains("\"http://quay.io/v2/\"", "\"https://quay.io\"");
        }

        @Test
        void theExactHostKeyWinsForDockerAndPodmanButGitLabRunnerDropsOne() {
            // §1.4 step 1, §2.3 exact first; §4.2 the runner keeps the first in sorted order.
            String json = "{\"auths\": {\"quay.io\": {}, \"https://quay.io\": {}}}";

            assertThat(LintRun.dockerConfig().clients("docker", "podman").findings(RULE, json)).isEmpty();
            assertThat(LintRun.dockerConfig().clients("gitlab-runner").single(RULE, json).clients())
                    .containsExactly("gitlab-runner");
        }

        @Test
        void aKeyWrittenTwiceIsReportedWhereItIsRepeated() {
            // §9: Go keeps the last of two equal keys.
            Finding finding = LintRun.dockerConfig().single(RULE, "{\"auths\": {\"quay.io\": {},\n\"quay.io\": {}}}");

            assertThat(finding.region().line()).isEqualTo(2);
            assertThat(finding.message()).contains("first on line 1");
        }

        @Test
        void dockerHubSpellingsNeverCompeteForDocker() {
            // §1.4: the CLI reads only https://index.docker.io/v1/; hub-key reports the others.
            assertThat(LintRun.dockerConfig().findings(RULE, "{\"auths\": {\"docker.io\": {}, \"index.docker.io\": {}}}"))
                    .isEmpty();
        }
    }

    @Nested
    class AuthConflict {
        private static final String RULE = "docker/auth-conflict";

        @Test
        void usernameThatDisagreesWithAuthIsDead() {
            // §1.2/§1.3: auth wins; username/password are ignored and stripped on save.
            assertThat(LintRun.dockerConfig().single(RULE, auths("quay.io", "{\"auth\": \"" + b64("robot:pw")
                    + "\", \"username\": \"human\"}")).message()).contains("\"username\"");
        }

        @Test
        void agreeingFieldsAreFine() {
            assertThat(LintRun.dockerConfig().findings(RULE, auths("quay.io", "{\"auth\": \"" + b64("robot:pw")
                    + "\", \"username\": \"robot\", \"password\": \"pw\"}"))).isEmpty();
        }
    }

    @Nested
    class PlaintextPassword {
        private static final String RULE = "docker/plaintext-password";

        @Test
        void plaintextFieldsWithoutAuthAreIgnoredByPodman() {
            // §2.2, §11: containers/image reads only auth and identitytoken.
            Finding finding = LintRun.containersAuth().single(RULE, auths("quay.io", "{\"username\": \"u\", \"password\": \"p\"}"));

            assertThat(finding.clients()).containsExactly("podman");
        }

        @Test
        void anAuthMakesThemIrrelevant() {
            assertThat(LintRun.containersAuth().findings(RULE, auths("quay.io", "{\"auth\": \"" + b64("u:p") + "\"}")))
                    .isEmpty();
        }
    }

    @Nested
    class StoreShadowsAuth {
        private static final String RULE = "docker/store-shadows-auth";

        @Test
        void credsStoreMakesDockerDiscardTheInlineAuth() {
            // §1.5: the helper's answer replaces the inline auth; podman ignores credsStore (§2.2).
            assertThat(LintRun.dockerConfig().single(RULE, "{\"auths\": {\"quay.io\": {\"auth\": \"" + b64("u:p")
                    + "\"}}, \"credsStore\": \"desktop\"}").message()).contains("helper \"desktop\"");
        }

        @Test
        void aHelperForTheEntrysHostShadowsItEvenUnderAnotherSpelling() {
            // §1.4/§1.5: helpers are looked up under the normalised key, the host.
            assertThat(LintRun.dockerConfig().single(RULE, "{\"auths\": {\"https://quay.io\": {\"auth\": \"" + b64("u:p")
                    + "\"}}, \"credHelpers\": {\"quay.io\": \"ecr-login\"}}").message()).contains("credHelpers names");
        }

        @Test
        void withoutAHelperTheInlineAuthIsUsed() {
            assertThat(LintRun.dockerConfig().findings(RULE, auths("quay.io", "{\"auth\": \"" + b64("u:p") + "\"}")))
                    .isEmpty();
        }
    }

    @Nested
    class LegacyField {
        private static final String RULE = "docker/legacy-field";

        @Test
        void emailAndServeraddressAreNotes() {
            // §1.2: email dropped in v29; serveraddress overwritten by the key on read.
            assertThat(LintRun.dockerConfig().findings(RULE, auths("quay.io", "{\"email\": \"a@b\", \"serveraddress\": \"x\"}")))
                    .extracting(Finding::level).containsExactly(Level.NOTE, Level.NOTE);
        }

        @Test
        void aDockercfgFileIsLegacyAsAWhole() {
            // §1.1: ~/.dockercfg is not read since Docker v23.
            assertThat(LintRun.of(SourceKind.DOCKERCFG).findings(RULE, "{\"quay.io\": {\"auth\": \"" + b64("u:p") + "\"}}"))
                    .extracting(Finding::message).anySatisfy(m -> assertThat(m).contains("legacy .dockercfg"));
        }

        @Test
        void aCurrentEntryIsFine() {
            assertThat(LintRun.dockerConfig().findings(RULE, auths("quay.io", "{\"auth\": \"" + b64("u:p") + "\"}"))).isEmpty();
        }
    }

    @Nested
    class EmptyEntry {
        private static final String RULE = "docker/empty-entry";

        @Test
        void anEmptyEntryWithoutAHelperSendsNothing() {
            // §1.5, §11: "no basic auth credentials".
            assertThat(LintRun.dockerConfig().single(RULE, auths("quay.io", "{}")).level()).isEqualTo(Level.NOTE);
        }

        @Test
        void aStoreFillsItForDockerButNotForPodman() {
            // §1.5 vs §2.2: podman ignores credsStore.
            String json = "{\"auths\": {\"quay.io\": {}}, \"credsStore\": \"pass\"}";

            assertThat(LintRun.dockerConfig().findings(RULE, json)).isEmpty();
            assertThat(LintRun.containersAuth().single(RULE, json).clients()).containsExactly("podman");
        }
    }

    @Nested
    class AuthConfigEnv {
        private static final String RULE = "docker/auth-config-env";

        @Test
        void theDockerCliAcceptsOnlyAuthsAuthInTheVariable() {
            // §1.6: DisallowUnknownFields; "Failed to create credential store from DOCKER_AUTH_CONFIG".
            assertThat(LintRun.of(SourceKind.DOCKER_AUTH_CONFIG).clients("docker").findings(RULE,
                    "{\"auths\": {\"quay.io\": {\"username\": \"u\", \"password\": \"p\"}}, \"credsStore\": \"x\"}"))
                    .extracting(Finding::message)
                    .anySatisfy(m -> assertThat(m).contains("top-level field \"credsStore\""))
                    .anySatisfy(m -> assertThat(m).contains("has no \"auth\""))
                    .anySatisfy(m -> assertThat(m).contains("the field \"username\""));
        }

        @Test
        void gitLabRunnerAcceptsTheWholeConfigShape() {
            // §4.2: the runner parses the variable with docker's LoadFromReader.
            assertThat(LintRun.of(SourceKind.DOCKER_AUTH_CONFIG).clients("gitlab-runner").outcome(RULE,
                    "{\"auths\": {\"quay.io\": {}}, \"credsStore\": \"x\"}").status()).isEqualTo(RuleOutcome.Status.SKIPPED);
        }

        @Test
        void theAcceptedShapePasses() {
            assertThat(LintRun.of(SourceKind.DOCKER_AUTH_CONFIG).clients("docker").findings(RULE,
                    auths("quay.io", "{\"auth\": \"" + b64("u:p") + "\"}"))).isEmpty();
        }
    }
}
