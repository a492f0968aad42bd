package dev.configunit.report.sarif;

import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import dev.configunit.finding.Level;
import dev.configunit.rule.Rule;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A rule as SARIF's {@code reportingDescriptor}: everything GitHub shows about it, from the rule file.
 */
final class RuleDescriptors {

    /** GitHub keeps at most 20 tags per rule. */
    private static final int MAX_TAGS = 20;

    private RuleDescriptors() {
    }

    static ReportingDescriptor of(Rule rule) {
        String summary = HelpText.sentence(rule.summary());
        String help = rule.help().isBlank() ? summary : rule.help().strip();
        ReportingDescriptor descriptor = new ReportingDescriptor()
                .withId(rule.id())
                .withName(rule.name())
                .withShortDescription(new MultiformatMessageString().withText(summary))
                .withFullDescription(new MultiformatMessageString().withText(
                        HelpText.sentence(HelpText.firstParagraph(help))))
                .withHelp(new MultiformatMessageString().withText(HelpText.plain(help)).withMarkdown(help))
                .withDefaultConfiguration(new ReportingConfiguration().withLevel(level(rule.level())))
                .withProperties(properties(rule));
        if (rule.helpUri() != null) {
            descriptor.setHelpUri(URI.create(rule.helpUri()));
        }
        return descriptor;
    }

    private static PropertyBag properties(Rule rule) {
        Set<String> tags = new LinkedHashSet<>(rule.tags());
        if (rule.security()) {
            tags.add("security");
        }
        PropertyBag bag = new PropertyBag()
                .withTags(tags.stream().limit(MAX_TAGS).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)))
                .withAdditionalProperty("precision", rule.precision());
        if (rule.securitySeverity() != null) {
            // GitHub wants a number in a string; its presence makes the rule a security rule there.
            bag.withAdditionalProperty("security-severity", String.format(Locale.ROOT, "%.1f", rule.securitySeverity()));
        } else {
            bag.withAdditionalProperty("problem.severity", switch (rule.level()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case NOTE -> "recommendation";
            });
        }
        return bag;
    }

    static ReportingConfiguration.Level level(Level level) {
        return switch (level) {
            case ERROR -> ReportingConfiguration.Level.ERROR;
            case WARNING -> ReportingConfiguration.Level.WARNING;
            case NOTE -> ReportingConfiguration.Level.NOTE;
        };
    }
}
