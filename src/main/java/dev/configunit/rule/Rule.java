package dev.configunit.rule;

import dev.configunit.check.Check;
import dev.configunit.finding.Level;
import dev.configunit.source.SourceKind;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One rule of a rule file: a check function with its level, messages, help and metadata.
 *
 * @param id stable id, {@code namespace/slug}
 * @param name SARIF rule name (PascalCase)
 * @param level default level
 * @param escalatedLevel the level an escalated finding gets, or the default level
 * @param summary one line: what the rule demands
 * @param message the main message template
 * @param messages message templates by check variant
 * @param help Markdown help
 * @param tags free tags
 * @param appliesTo the source kinds it checks
 * @param clients the client profiles its findings break
 * @param security whether it reports whatever clients are selected
 * @param securitySeverity SARIF {@code security-severity}, or {@code null}
 * @param precision SARIF {@code precision}: {@code very-high}, {@code high}, {@code medium} (the default) or
 *     {@code low}
 * @param helpUri an absolute URL of the rule's documentation, or {@code null}
 * @param check the check function
 * @param definedIn the rule file, for messages
 */
public record Rule(String id, String name, Level level, Level escalatedLevel, String summary, String message,
        Map<String, String> messages, String help, List<String> tags, Set<SourceKind> appliesTo,
        List<String> clients, boolean security, Double securitySeverity, String precision, String helpUri,
        Check check, String definedIn) {

    public Rule {
        messages = Map.copyOf(messages);
        tags = List.copyOf(tags);
        appliesTo = Set.copyOf(appliesTo);
        clients = List.copyOf(clients);
    }

    /** The template for a check variant: its own if the rule has one, else the main message. */
    public String template(String variant) {
        return variant.isEmpty() ? message : messages.getOrDefault(variant, message);
    }

    public boolean appliesTo(SourceKind kind) {
        return appliesTo.contains(kind);
    }
}
