package dev.configunit.check;

import dev.configunit.finding.Finding;
import dev.configunit.lint.Linter;
import dev.configunit.lint.RuleOutcome;
import dev.configunit.lint.SourceReport;
import dev.configunit.rule.RuleFileLoader;
import dev.configunit.source.CredentialSource;
import dev.configunit.source.FileFacts;
import dev.configunit.source.Origin;
import dev.configunit.source.SourceKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Lints a credential document through the real built-in rule pack, the way the scanner does, so that check tests
 * see rule ids, levels, regions, rendered messages and client lists exactly as users do.
 *
 * <p>Defaults: a {@code config.json} ({@link SourceKind#DOCKER_CONFIG}) found in a scanned repository
 * ({@link Origin#REPOSITORY}), the default client selection, and no file facts.
 */
final class LintRun {

    static final Set<String> ALL_CLIENTS = Set.of("docker", "podman", "gitlab-runner");

    private final SourceKind kind;
    private final Origin origin;
    private final Set<String> clients;
    private final Supplier<Optional<FileFacts>> facts;

    private LintRun(SourceKind kind, Origin origin, Set<String> clients, Supplier<Optional<FileFacts>> facts) {
        this.kind = kind;
        this.origin = origin;
        this.clients = clients;
        this.facts = facts;
    }

    /** A repository source of any kind, default clients, no file facts. */
    static LintRun of(SourceKind kind) {
        return new LintRun(kind, Origin.REPOSITORY, Set.of(), Optional::empty);
    }

    /** A repository {@code config.json}, default clients (docker), no file facts. */
    static LintRun dockerConfig() {
        return new LintRun(SourceKind.DOCKER_CONFIG, Origin.REPOSITORY, Set.of(), Optional::empty);
    }

    /** A repository {@code auth.json}, default clients (podman), no file facts. */
    static LintRun containersAuth() {
        return new LintRun(SourceKind.CONTAINERS_AUTH, Origin.REPOSITORY, Set.of(), Optional::empty);
    }

    LintRun origin(Origin newOrigin) {
        return new LintRun(kind, newOrigin, clients, facts);
    }

    LintRun clients(String... ids) {
        return new LintRun(kind, origin, Set.of(ids), facts);
    }

    LintRun allClients() {
        return new LintRun(kind, origin, ALL_CLIENTS, facts);
    }

    LintRun facts(Supplier<Optional<FileFacts>> supplier) {
        return new LintRun(kind, origin, clients, supplier);
    }

    LintRun facts(FileFacts fileFacts) {
        return facts(() -> Optional.of(fileFacts));
    }

    SourceReport report(String json) {
        String name = kind == SourceKind.CONTAINERS_AUTH ? "auth.json" : "config.json";
        CredentialSource source = new CredentialSource(Path.of(name), name, kind, origin);
        return new Linter(RuleFileLoader.builtIn(), clients)
                .lint(source, json.getBytes(StandardCharsets.UTF_8), facts);
    }

    /** The outcome of one rule; fails if the rule did not run on this source kind. */
    RuleOutcome outcome(String ruleId, String json) {
        return report(json).outcomes().stream()
                .filter(o -> o.rule().id().equals(ruleId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("rule " + ruleId + " does not apply to " + kind));
    }

    /** The findings of one rule, in position order. */
    List<Finding> findings(String ruleId, String json) {
        RuleOutcome outcome = outcome(ruleId, json);
        if (outcome.status() == RuleOutcome.Status.BROKEN || outcome.status() == RuleOutcome.Status.SKIPPED) {
            throw new AssertionError("rule " + ruleId + " did not run: " + outcome.status() + " " + outcome.reason());
        }
        return outcome.findings();
    }

    /** The one finding of one rule; fails unless there is exactly one. */
    Finding single(String ruleId, String json) {
        List<Finding> findings = findings(ruleId, json);
        if (findings.size() != 1) {
            throw new AssertionError("expected one " + ruleId + " finding, got " + findings);
        }
        return findings.get(0);
    }

    /** Standard, padded Base64 of a UTF-8 string, as {@code printf '%s' s | base64 -w0} writes it. */
    static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A one-entry {@code config.json}: {@code {"auths": {key: entry}}} on one line; entry is raw JSON. */
    static String auths(String key, String entryJson) {
        return "{\"auths\": {\"" + key + "\": " + entryJson + "}}";
    }

    /** A one-entry {@code config.json} with just an {@code auth} value (written as is between quotes). */
    static String authOf(String key, String authJsonText) {
        return auths(key, "{\"auth\": \"" + authJsonText + "\"}");
    }
}
