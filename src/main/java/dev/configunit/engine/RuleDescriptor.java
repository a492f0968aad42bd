package dev.configunit.engine;

import dev.configunit.finding.Finding;
import dev.configunit.lint.RuleOutcome;
import dev.configunit.rule.Rule;
import java.io.File;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * One rule applied to one source: the test. It fails with the source's findings at or above the fail-on level,
 * is skipped with a reason where the rule does not apply, and points at the first finding's line and column.
 *
 * <p>Its display name carries the source's path ({@code .docker/config.json › docker/hub-key: summary}), because
 * Maven Surefire reports every test of an {@code @Suite} under the suite's class and only the name tells the
 * files apart. Its legacy reporting name is just {@code rule-id: summary}: the legacy XML writer already puts the
 * path in {@code classname}.
 */
final class RuleDescriptor extends AbstractTestDescriptor implements Node<ConfigUnitExecutionContext> {

    static final String SEGMENT = "rule";

    private final RuleOutcome outcome;
    private final EngineConfiguration configuration;

    RuleDescriptor(UniqueId uniqueId, RuleOutcome outcome, String sourcePath, File file,
            EngineConfiguration configuration) {
        super(uniqueId, sourcePath + " \u203a " + name(outcome), source(outcome, file));
        this.outcome = outcome;
        this.configuration = configuration;
    }

    private static String name(RuleOutcome outcome) {
        return outcome.rule().id() + ": " + outcome.rule().summary();
    }

    @Override
    public String getLegacyReportingName() {
        return name(outcome);
    }

    private static FileSource source(RuleOutcome outcome, File file) {
        if (file == null) {
            return null; // a value from the environment or an image pulled from a registry: no file to point at
        }
        if (outcome.findings().isEmpty()) {
            return FileSource.from(file);
        }
        Finding first = outcome.findings().get(0);
        return FileSource.from(file, FilePosition.from(first.region().line(), first.region().column()));
    }

    RuleOutcome outcome() {
        return outcome;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public Set<TestTag> getTags() {
        Rule rule = outcome.rule();
        Set<TestTag> tags = new LinkedHashSet<>();
        for (String tag : rule.tags()) {
            if (TestTag.isValid(tag)) {
                tags.add(TestTag.create(tag));
            }
        }
        tags.add(TestTag.create(rule.level().id()));
        return tags;
    }

    @Override
    public SkipResult shouldBeSkipped(ConfigUnitExecutionContext context) {
        return outcome.status() == RuleOutcome.Status.SKIPPED
                ? SkipResult.skip(outcome.reason())
                : SkipResult.doNotSkip();
    }

    @Override
    public ConfigUnitExecutionContext execute(ConfigUnitExecutionContext context,
            DynamicTestExecutor dynamicTestExecutor) {
        if (outcome.status() == RuleOutcome.Status.BROKEN) {
            throw new IllegalStateException(outcome.reason());
        }
        List<Finding> failing = outcome.findings().stream().filter(f -> configuration.fails(f.level())).toList();
        for (Finding finding : outcome.findings()) {
            if (!configuration.fails(finding.level())) {
                // Below the fail-on level: kept as a report entry, so the finding is not lost.
                context.listener().reportingEntryPublished(this, ReportEntry.from(outcome.rule().id(),
                        finding.location() + ": " + finding.level().id() + " " + finding.message()));
            }
        }
        if (!failing.isEmpty()) {
            throw Failures.of(outcome.rule(), failing);
        }
        return context;
    }
}
