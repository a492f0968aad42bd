package dev.configunit.lint;

import dev.configunit.check.CheckContext;
import dev.configunit.check.LoginState;
import dev.configunit.check.RegistryKey;
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
import dev.configunit.source.Origin;
import dev.configunit.source.SourceKind;
import dev.configunit.source.EmbeddedText;
import dev.configunit.source.GitLabCiVariables;
import dev.configunit.source.ImageLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
    private final Suppressions suppressions;
    private final LoginState logins;

    /**
     * @param rules the rules to apply
     * @param clients the selected client profiles; empty selects each source kind's default client
     */
    public Linter(RuleSet rules, Set<String> clients) {
        this(rules, clients, Suppressions.none());
    }

    /**
     * @param rules the rules to apply
     * @param clients the selected client profiles; empty selects each source kind's default client
     * @param suppressions the findings to accept
     */
    public Linter(RuleSet rules, Set<String> clients, Suppressions suppressions) {
        this(rules, clients, suppressions, null);
    }

    private Linter(RuleSet rules, Set<String> clients, Suppressions suppressions, LoginState logins) {
        this.rules = rules;
        this.clients = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(clients)); // the order given, every run
        this.suppressions = suppressions;
        this.logins = logins;
    }

    /** The same linter, for an environment whose {@code docker login} state is known. */
    public Linter withLogins(LoginState state) {
        return new Linter(rules, clients, suppressions, state);
    }

    /** The suppressions in force; after a scan, their stale entries. */
    public Suppressions suppressions() {
        return suppressions;
    }

    public RuleSet rules() {
        return rules;
    }

    /** The rules that apply to a source's kind, in id order: the tests of that source. */
    public List<Rule> applicableRules(CredentialSource source) {
        return rules.rules().stream().filter(rule -> rule.appliesTo(source.kind())).toList();
    }

    /** Reads the source's file (or the variable written in it) and lints it. */
    public SourceReport lint(CredentialSource source) {
        byte[] bytes;
        try {
            bytes = CredentialFiles.read(source.file());
        } catch (IOException e) {
            return unusable(source, Region.FILE, "unreadable", CredentialFiles.describe(e), "the file could not be read",
                    EmbeddedText.NONE);
        }
        if (!source.variable().isEmpty()) {
            String yaml = new String(bytes, StandardCharsets.UTF_8);
            for (GitLabCiVariables.Variable variable : GitLabCiVariables.find(yaml)) {
                if (variable.pointer().equals(source.variable())) {
                    return lint(source, variable.json().getBytes(StandardCharsets.UTF_8), Optional::empty,
                            variable.placement());
                }
            }
            return unusable(source, Region.FILE, "unreadable", "the variable is no longer in the file",
                    "the variable could not be read", EmbeddedText.NONE);
        }
        return lint(source, bytes, () -> FileFacts.of(source.file()), EmbeddedText.NONE);
    }

    /** Lints a source whose content is already at hand (a variable, an image layer entry). */
    public SourceReport lint(CredentialSource source, byte[] content, Supplier<Optional<FileFacts>> facts) {
        return lint(source, content, facts, EmbeddedText.NONE);
    }

    private SourceReport lint(CredentialSource source, byte[] content, Supplier<Optional<FileFacts>> facts,
            EmbeddedText placement) {
        ParsedJson document;
        try {
            document = GoJsonReader.read(content);
        } catch (JsonSyntaxException e) {
            return unusable(source, Region.at(e.position()), "", e.getMessage(), "the file is not valid JSON", placement);
        }
        Set<String> selected = selectedFor(source);
        CheckContext context = new CheckContext(source, document, memoize(facts), logins);
        List<RuleOutcome> outcomes = new ArrayList<>();
        for (Rule rule : applicableRules(source)) {
            if (!appliesWhateverTheClients(rule) && rule.clients().stream().noneMatch(selected::contains)) {
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
                toFinding(rule, source, document, violation, selected, placement).ifPresent(findings::add);
            }
            outcomes.add(outcome(rule, findings));
        }
        return new SourceReport(source, outcomes);
    }

    /** Sorts the findings and sets aside those a suppression accepts. */
    private RuleOutcome outcome(Rule rule, List<Finding> findings) {
        List<Finding> active = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>();
        for (Finding finding : findings.stream().sorted(Findings.ORDER).toList()) {
            Optional<Suppression> entry = suppressions.match(finding);
            if (entry.isPresent()) {
                suppressed.add(new SuppressedFinding(finding, entry.get().reason()));
            } else {
                active.add(finding);
            }
        }
        return RuleOutcome.of(rule, active, suppressed);
    }

    private SourceReport unusable(CredentialSource source, Region region, String variant, String problem,
            String skipReason, EmbeddedText placement) {
        Set<String> selected = selectedFor(source);
        List<RuleOutcome> outcomes = new ArrayList<>();
        for (Rule rule : applicableRules(source)) {
            if (rule.check().reportsParseFailures()) {
                Violation violation = new Violation("", false, variant, Map.of("problem", problem), Set.of(), false);
                Finding finding = finding(rule, source, placed(region, placement), violation,
                        clientsHurt(rule, violation, selected));
                outcomes.add(outcome(rule, List.of(finding)));
            } else {
                outcomes.add(RuleOutcome.skipped(rule, skipReason));
            }
        }
        return new SourceReport(source, outcomes);
    }

    private Optional<Finding> toFinding(Rule rule, CredentialSource source, ParsedJson document, Violation violation,
            Set<String> selected, EmbeddedText placement) {
        List<String> hurt = clientsHurt(rule, violation, selected);
        if (hurt.isEmpty() && !appliesWhateverTheClients(rule)) {
            return Optional.empty();
        }
        Region region = violation.onKey()
                ? document.positions().key(violation.pointer())
                : document.positions().value(violation.pointer());
        return Optional.of(finding(rule, source, placed(region, placement), violation,
                hurt.isEmpty() ? List.copyOf(selected) : hurt));
    }

    private static Region placed(Region region, EmbeddedText placement) {
        return placement == EmbeddedText.NONE ? region
                : new Region(placement.map(region.start()), placement.map(region.end()));
    }

    private static Finding finding(Rule rule, CredentialSource source, Region region, Violation violation,
            List<String> hurt) {
        Map<String, String> args = new HashMap<>(violation.args());
        args.put("clients", ClientProfile.describe(hurt));
        String message = MessageTemplate.render(rule.template(violation.variant()), args);
        // Identity without secrets: a registry key's user information is masked before hashing, too.
        String pointer = RegistryKey.maskPointer(violation.pointer());
        String fingerprint = Fingerprint.of(rule.id(), source.displayPath(), source.variable(), pointer,
                violation.onKey() ? "key" : "value", violation.variant(), violation.sortedArgs().toString());
        ImageLocation image = source.image();
        if (image != null && image.layer() != null) {
            // One path can hold a file in several layers: say which one, and keep their fingerprints apart.
            message = message + " [" + image.describe() + "]";
            fingerprint = Fingerprint.of(fingerprint, "layer " + image.layer().index(), image.presence().name());
        }
        return new Finding(rule.id(), violation.escalated() ? rule.escalatedLevel() : rule.level(),
                source.displayPath(), pointer, region, message, hurt, fingerprint);
    }

    /** Security rules, and policy rules that name no client, report whatever clients are selected. */
    private static boolean appliesWhateverTheClients(Rule rule) {
        return rule.security() || rule.clients().isEmpty();
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
        if (source.kind() == SourceKind.DOCKER_AUTH_CONFIG && source.origin() == Origin.ENVIRONMENT) {
            defaults.add("docker"); // inside a job, the Docker CLI (28.3+) reads the variable too (§1.6)
        }
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
