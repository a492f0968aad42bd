package dev.configunit.lint;

import dev.configunit.check.CheckContext;
import dev.configunit.check.Violation;
import dev.configunit.finding.Finding;
import dev.configunit.finding.Fingerprint;
import dev.configunit.parse.GoJsonReader;
import dev.configunit.parse.JsonSyntaxException;
import dev.configunit.parse.ParsedJson;
import dev.configunit.parse.Region;
import dev.configunit.rule.ClientProfile;
import dev.configunit.rule.MessageTemplate;
import dev.configunit.rule.Rule;
import dev.configunit.rule.RuleSet;
import dev.configunit.source.CredentialFiles;
import dev.configunit.source.CredentialSource;
import dev.configunit.source.FileFacts;
import dev.configunit.source.ImageLocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Applies a rule set to credential sources: reads and parses each source once, then runs every applicable rule.
 *
 * <p>A source that cannot be read or parsed fails the rule whose check reports parse failures
 * ({@code docker/json-syntax}); its other rules are skipped with the reason. A finding is kept only when it
 * breaks one of the selected clients, except for security rules, which always report.
 */
public final class Linter {

    private final RuleSet rules;
    private final Set<String> clients;

    /**
     * @param rules the rules to apply
     * @param clients the selected client profiles; empty selects each source kind's default client
     */
    public Linter(RuleSet rules, Set<String> clients) {
        this.rules = rules;
        this.clients = Set.copyOf(clients);
    }

    public RuleSet rules() {
        return rules;
    }

    /** The rules that apply to a source's kind, in id order: the tests of that source. */
    public List<Rule> applicableRules(CredentialSource source) {
        return rules.rules().stream().filter(rule -> rule.appliesTo(source.kind())).toList();
    }

    /** Reads the source's file and lints it. */
    public SourceReport lint(CredentialSource source) {
        byte[] bytes;
        try {
            bytes = CredentialFiles.read(source.file());
        } catch (IOException e) {
            return unusable(source, Region.FILE, "unreadable", CredentialFiles.describe(e), "the file could not be read");
        }
        return lint(source, bytes, () -> FileFacts.of(source.file()));
    }

    /** Lints a source whose content is already at hand (a variable, an image layer entry). */
    public SourceReport lint(CredentialSource source, byte[] content, Supplier<Optional<FileFacts>> facts) {
        ParsedJson document;
        try {
            document = GoJsonReader.read(content);
        } catch (JsonSyntaxException e) {
            return unusable(source, Region.at(e.position()), "", e.getMessage(), "the file is not valid JSON");
        }
        Set<String> selected = selectedFor(source);
        CheckContext context = new CheckContext(source, document, memoize(facts));
        List<RuleOutcome> outcomes = new ArrayList<>();
        for (Rule rule : applicableRules(source)) {
            if (!rule.security() && rule.clients().stream().noneMatch(selected::contains)) {
                outcomes.add(RuleOutcome.skipped(rule, "it protects " + String.join(", ", rule.clients())
                        + ", and the selected clients are " + String.join(", ", selected)));
                continue;
            }
            List<Violation> violations = new ArrayList<>();
            try {
                rule.check().check(context, violations::add);
            } catch (RuntimeException e) {
                outcomes.add(RuleOutcome.broken(rule, "check \"" + rule.id() + "\" failed with "
                        + e.getClass().getName()));
                continue;
            }
            List<Finding> findings = new ArrayList<>();
            for (Violation violation : violations) {
                toFinding(rule, source, document, violation, selected).ifPresent(findings::add);
            }
            findings.sort(Findings.ORDER);
            outcomes.add(RuleOutcome.of(rule, findings));
        }
        return new SourceReport(source, outcomes);
    }

    private SourceReport unusable(CredentialSource source, Region region, String variant, String problem,
            String skipReason) {
        Set<String> selected = selectedFor(source);
        List<RuleOutcome> outcomes = new ArrayList<>();
        for (Rule rule : applicableRules(source)) {
            if (rule.check().reportsParseFailures()) {
                Violation violation = new Violation("", false, variant, Map.of("problem", problem), Set.of(), false);
                Finding finding = finding(rule, source, region, violation, clientsHurt(rule, violation, selected));
                outcomes.add(RuleOutcome.of(rule, List.of(finding)));
            } else {
                outcomes.add(RuleOutcome.skipped(rule, skipReason));
            }
        }
        return new SourceReport(source, outcomes);
    }

    private Optional<Finding> toFinding(Rule rule, CredentialSource source, ParsedJson document, Violation violation,
            Set<String> selected) {
        List<String> hurt = clientsHurt(rule, violation, selected);
        if (hurt.isEmpty() && !rule.security()) {
            return Optional.empty();
        }
        Region region = violation.onKey()
                ? document.positions().key(violation.pointer())
                : document.positions().value(violation.pointer());
        return Optional.of(finding(rule, source, region, violation, hurt.isEmpty() ? List.copyOf(selected) : hurt));
    }

    private static Finding finding(Rule rule, CredentialSource source, Region region, Violation violation,
            List<String> hurt) {
        Map<String, String> args = new HashMap<>(violation.args());
        args.put("clients", ClientProfile.describe(hurt));
        String message = MessageTemplate.render(rule.template(violation.variant()), args);
        String fingerprint = Fingerprint.of(rule.id(), source.displayPath(), violation.pointer(),
                violation.onKey() ? "key" : "value", violation.variant(), violation.sortedArgs().toString());
        ImageLocation image = source.image();
        if (image != null && image.layer() != null) {
            // One path can hold a file in several layers: say which one, and keep their fingerprints apart.
            message = message + " [" + image.describe() + "]";
            fingerprint = Fingerprint.of(fingerprint, "layer " + image.layer().index(), image.presence().name());
        }
        return new Finding(rule.id(), violation.escalated() ? rule.escalatedLevel() : rule.level(),
                source.displayPath(), violation.pointer(), region, message, hurt, fingerprint);
    }

    /** The selected clients the violation breaks, in profile order. */
    private static List<String> clientsHurt(Rule rule, Violation violation, Set<String> selected) {
        Set<String> breaks = violation.clients().isEmpty() ? Set.copyOf(rule.clients()) : violation.clients();
        List<String> hurt = new ArrayList<>();
        for (ClientProfile profile : ClientProfile.values()) {
            if (breaks.contains(profile.id()) && selected.contains(profile.id())) {
                hurt.add(profile.id());
            }
        }
        return hurt;
    }

    private Set<String> selectedFor(CredentialSource source) {
        if (!clients.isEmpty()) {
            return clients;
        }
        Set<String> defaults = new LinkedHashSet<>();
        defaults.add(source.kind().defaultClient());
        return defaults;
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;
            private boolean done;

            @Override
            public synchronized T get() {
                if (!done) {
                    value = supplier.get();
                    done = true;
                }
                return value;
            }
        };
    }
}
