package dev.configunit.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.configunit.finding.Finding;
import dev.configunit.finding.PrintableText;
import dev.configunit.parse.GoJsonReader;
import dev.configunit.parse.JsonSyntaxException;
import dev.configunit.rule.ClientProfile;
import dev.configunit.rule.RuleFileLoader;
import dev.configunit.source.CredentialSource;
import dev.configunit.source.FileFacts;
import dev.configunit.source.Origin;
import dev.configunit.source.SourceKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Fuzz tests of every built-in check at once, through the linter: on any document, of any source kind, every rule
 * passes, fails with findings or is skipped; none breaks, every finding has a position and one printable line, and
 * no message quotes the value of an {@code auth}, {@code password}, {@code identitytoken} or {@code registrytoken}.
 * Run on the committed inputs in every build and as real fuzzing with {@code JAZZER_FUZZ=1} (SECURITY.md).
 *
 * <p>The first byte picks the source kind, origin and file mode; the rest is the document.
 */
class LinterFuzzTests {

    private static final Linter LINTER = new Linter(RuleFileLoader.builtIn(), Set.of("docker", "podman", "gitlab-runner"));
    private static final List<String> SECRET_FIELDS = List.of("auth", "password", "identitytoken", "registrytoken");

    @FuzzTest(maxDuration = "2m")
    void everyCheckAnswersEveryDocumentWithoutBreakingOrQuotingASecret(byte[] input) {
        if (input.length == 0) {
            return;
        }
        int choice = input[0] & 0xff;
        SourceKind kind = SourceKind.values()[choice % SourceKind.values().length];
        Origin origin = (choice & 0x10) == 0 ? Origin.REPOSITORY : Origin.ENVIRONMENT;
        FileFacts facts = new FileFacts((choice & 0x20) == 0 ? 0600 : 0644, "ci", ".docker", 0700, "ci");
        byte[] document = Arrays.copyOfRange(input, 1, input.length);
        CredentialSource source = new CredentialSource(null, "fuzz.json", kind, origin);

        SourceReport report = LINTER.lint(source, document, () -> Optional.of(facts));

        List<String> secrets = secretsIn(document);
        for (RuleOutcome outcome : report.outcomes()) {
            assertThat(outcome.status()).as("%s: %s", outcome.rule().id(), outcome.reason())
                    .isNotEqualTo(RuleOutcome.Status.BROKEN);
            for (Finding finding : outcome.findings()) {
                assertThat(finding.region().start().line()).isPositive();
                assertThat(finding.region().start().column()).isPositive();
                assertThat(finding.message()).isNotBlank().isEqualTo(PrintableText.of(finding.message()));
                assertThat(finding.fingerprint()).matches("[0-9a-f]{32}");
                for (String secret : secrets) {
                    assertThat(finding.message()).as("%s quotes a secret", finding.ruleId()).doesNotContain(secret);
                }
            }
        }
    }

    /**
     * The values of the secret fields worth looking for: long enough to be unlikely in a message by chance, and
     * nowhere in a key or another value (keys and helper names are quoted by design) or in the rules' own words.
     */
    private static List<String> secretsIn(byte[] document) {
        JsonNode root;
        try {
            root = GoJsonReader.read(document).root();
        } catch (JsonSyntaxException e) {
            return List.of();
        }
        List<String> shown = new ArrayList<>();
        List<String> secrets = new ArrayList<>();
        collect(root, shown, secrets);
        String words = String.join("\n", RuleFileLoader.builtIn().rules().stream()
                .flatMap(rule -> java.util.stream.Stream.concat(java.util.stream.Stream.of(rule.message()),
                        rule.messages().values().stream())).toList())
                + ClientProfile.describe(List.of("docker", "podman", "gitlab-runner"));
        return secrets.stream().filter(secret -> secret.length() >= 8)
                .filter(secret -> shown.stream().noneMatch(text -> text.contains(secret)))
                .filter(secret -> !words.contains(secret) && !"fuzz.json".contains(secret))
                .toList();
    }

    /** Sorts the document's texts: secret values, and keys and other string values, which may be shown. */
    private static void collect(JsonNode node, List<String> shown, List<String> secrets) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                shown.add(member.getKey());
                JsonNode value = member.getValue();
                if (value.isString()) {
                    boolean secret = SECRET_FIELDS.contains(member.getKey().toLowerCase(java.util.Locale.ROOT));
                    (secret ? secrets : shown).add(value.asString());
                } else {
                    collect(value, shown, secrets);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> {
                if (element.isString()) {
                    shown.add(element.asString());
                } else {
                    collect(element, shown, secrets);
                }
            });
        }
    }
}
