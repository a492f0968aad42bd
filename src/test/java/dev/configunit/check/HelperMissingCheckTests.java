package dev.configunit.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.configunit.finding.Finding;
import dev.configunit.lint.Linter;
import dev.configunit.rule.RuleFileLoader;
import dev.configunit.source.CredentialSource;
import dev.configunit.source.HelperLookup;
import dev.configunit.source.Origin;
import dev.configunit.source.SourceKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code docker/helper-missing}: a helper named by {@code credsStore} or {@code credHelpers} must be installed where
 * the file is used; without a {@link HelperLookup} (a file in a repository) nothing is known, so nothing is said.
 */
class HelperMissingCheckTests {

    /** A filesystem with exactly these programs on its PATH. */
    record Installed(Set<String> programs) implements HelperLookup {
        @Override
        public boolean isInstalled(String program) {
            return programs.contains(program);
        }

        @Override
        public String searchPath() {
            return "PATH=/usr/bin";
        }
    }

    private static List<Finding> lint(String json, HelperLookup helpers) {
        CredentialSource source = new CredentialSource(Path.of("config.json"), ".docker/config.json",
                SourceKind.DOCKER_CONFIG, Origin.ENVIRONMENT, null, helpers);
        return new Linter(RuleFileLoader.builtIn(), Set.of()).lint(source, json.getBytes(StandardCharsets.UTF_8),
                Optional::empty).findings().stream().filter(f -> f.ruleId().equals("docker/helper-missing")).toList();
    }

    @Test
    void missingCredsStoreHelperIsAnErrorOnItsValue() {
        assertThat(lint("{\"credsStore\": \"ecr-login\"}", new Installed(Set.of()))).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/credsStore");
            assertThat(f.region().column()).isEqualTo(16);
            assertThat(f.message()).startsWith("credsStore names helper \"ecr-login\", but docker-credential-ecr-login "
                    + "is not on PATH=/usr/bin");
        });
    }

    @Test
    void installedHelpersPass() {
        assertThat(lint("{\"credsStore\": \"pass\", \"credHelpers\": {\"gcr.io\": \"gcloud\"}}",
                new Installed(Set.of("docker-credential-pass", "docker-credential-gcloud")))).isEmpty();
    }

    @Test
    void missingCredHelperNamesItsRegistry() {
        assertThat(lint("{\"credHelpers\": {\"gcr.io\": \"gcloud\"}}", new Installed(Set.of()))).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("credHelpers names helper \"gcloud\" for \"gcr.io\""));
    }

    @Test
    void helperNameThatIsNotAPlainFileNameIsAnErrorEvenIfSuchAFileExists() {
        assertThat(lint("{\"credsStore\": \"../../tmp/x\"}", new Installed(Set.of("docker-credential-../../tmp/x"))))
                .singleElement().satisfies(f -> assertThat(f.message())
                        .startsWith("credsStore names helper \"../../tmp/x\", which is not a plain file name"));
    }

    @Test
    void withoutALookupNothingIsReported() {
        assertThat(lint("{\"credsStore\": \"ecr-login\"}", null)).isEmpty();
    }

    @Test
    void plainFileNames() {
        assertThat(HelperLookup.isPlainFileName("ecr-login")).isTrue();
        assertThat(HelperLookup.isPlainFileName("")).isFalse();
        assertThat(HelperLookup.isPlainFileName("..")).isFalse();
        assertThat(HelperLookup.isPlainFileName("a/b")).isFalse();
        assertThat(HelperLookup.isPlainFileName("a\\b")).isFalse();
    }
}
