package dev.configunit.engine;

import dev.configunit.finding.PrintableText;
import dev.configunit.lint.Linter;
import dev.configunit.lint.RuleOutcome;
import dev.configunit.lint.SourceReport;
import dev.configunit.parse.Position;
import dev.configunit.source.CredentialFiles;
import dev.configunit.source.CredentialSource;
import dev.configunit.source.GitLabCiVariables;
import dev.configunit.source.InputProblem;
import dev.configunit.source.RepositoryDiscovery;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.descriptor.DirectorySource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves directory, file, class-path-root and unique-id selectors to credential sources and their rules.
 *
 * <p>Directories and files go through the lint core's discovery; each source is linted once, here, so that the
 * rule tests know their outcome and can point at the first finding's position. A {@link SourceReportSelector}
 * brings a source already linted, which is not read again.
 */
final class CredentialSelectorResolver implements SelectorResolver {

    private final Linter linter;
    private final EngineConfiguration configuration;
    private final DiscoveryIssueReporter issues;
    private final Consumer<InputProblem> skipped;
    private final Map<CredentialSource, SourceReport> linted = new HashMap<>();

    CredentialSelectorResolver(Linter linter, EngineConfiguration configuration, DiscoveryIssueReporter issues,
            Consumer<InputProblem> skipped) {
        this.linter = linter;
        this.configuration = configuration;
        this.issues = issues;
        this.skipped = skipped;
    }

    @Override
    public Resolution resolve(DirectorySelector selector, Context context) {
        return discovered(selector.getPath());
    }

    @Override
    public Resolution resolve(FileSelector selector, Context context) {
        return discovered(selector.getPath());
    }

    @Override
    public Resolution resolve(ClasspathRootSelector selector, Context context) {
        URI root = selector.getClasspathRoot();
        if (!"file".equals(root.getScheme())) {
            return Resolution.unresolved();
        }
        Path path = Path.of(root);
        return Files.isDirectory(path) ? discovered(path) : Resolution.unresolved();
    }

    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        List<UniqueId.Segment> segments = selector.getUniqueId().getSegments();
        if (segments.size() < 2 || !segments.get(0).getValue().equals(Constants.ENGINE_ID)
                || !segments.get(1).getType().equals(SourceDescriptor.SEGMENT)) {
            return Resolution.unresolved();
        }
        Optional<SourceDescriptor.Target> target = SourceDescriptor.parseSegmentValue(segments.get(1).getValue());
        if (target.isEmpty()) {
            return Resolution.unresolved();
        }
        Path file = target.get().file();
        // A CI file holds one source per variable: take the one the id names, never just the first.
        Optional<CredentialSource> found = RepositoryDiscovery.discover(file).sources().stream()
                .filter(candidate -> candidate.variable().equals(target.get().variable()))
                .findFirst();
        if (found.isEmpty()) {
            return Resolution.unresolved();
        }
        CredentialSource source = withDisplayPath(found.get(), file);
        if (segments.size() >= 3 && segments.get(2).getType().equals(RuleDescriptor.SEGMENT)) {
            return Resolution.selectors(Set.of(new RuleSelector(source, segments.get(2).getValue())));
        }
        return Resolution.selectors(Set.of(new SourceSelector(source)));
    }

    @Override
    public Resolution resolve(DiscoverySelector selector, Context context) {
        if (selector instanceof SourceSelector sourceSelector) {
            return source(sourceSelector.source(), context);
        }
        if (selector instanceof SourceReportSelector reportSelector) {
            CredentialSource source = reportSelector.report().source();
            linted.put(source, reportSelector.report());
            return source(source, context);
        }
        if (selector instanceof RuleSelector ruleSelector) {
            return rule(ruleSelector, context);
        }
        return Resolution.unresolved();
    }

    private Resolution discovered(Path path) {
        RepositoryDiscovery.Result result = RepositoryDiscovery.discover(path);
        for (InputProblem problem : result.problems()) {
            skipped.accept(problem);
            issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING,
                            "ConfigUnit skipped " + PrintableText.of(problem.path()) + ": " + problem.message())
                    .source(DirectorySource.from(path.toFile())));
        }
        if (result.sources().isEmpty()) {
            return Resolution.unresolved();
        }
        Set<DiscoverySelector> selectors = new LinkedHashSet<>();
        result.sources().forEach(source -> selectors.add(new SourceSelector(source)));
        return Resolution.selectors(selectors);
    }

    private Resolution source(CredentialSource source, Context context) {
        Optional<SourceDescriptor> descriptor = context.addToParent(parent -> Optional.of(sourceDescriptor(parent, source)));
        return descriptor
                .map(d -> Resolution.match(Match.exact(d, () -> ruleSelectors(d))))
                .orElse(Resolution.unresolved());
    }

    private Set<DiscoverySelector> ruleSelectors(SourceDescriptor descriptor) {
        Set<DiscoverySelector> selectors = new LinkedHashSet<>();
        for (RuleOutcome outcome : descriptor.report().outcomes()) {
            selectors.add(new RuleSelector(descriptor.report().source(), outcome.rule().id()));
        }
        return selectors;
    }

    private Resolution rule(RuleSelector selector, Context context) {
        Function<TestDescriptor, Optional<RuleDescriptor>> create = parent -> {
            if (!(parent instanceof SourceDescriptor source)) {
                return Optional.empty();
            }
            return source.report().outcomes().stream()
                    .filter(outcome -> outcome.rule().id().equals(selector.ruleId()))
                    .findFirst()
                    .map(outcome -> new RuleDescriptor(
                            parent.getUniqueId().append(RuleDescriptor.SEGMENT, outcome.rule().id()),
                            outcome, source.getDisplayName(), fileOf(source.report().source()), configuration));
        };
        return context.addToParent(() -> new SourceSelector(selector.source()), create)
                .map(d -> Resolution.match(Match.exact(d)))
                .orElse(Resolution.unresolved());
    }

    private SourceDescriptor sourceDescriptor(TestDescriptor parent, CredentialSource source) {
        UniqueId id = parent.getUniqueId().append(SourceDescriptor.SEGMENT, SourceDescriptor.segmentValue(source));
        SourceReport report = linted.computeIfAbsent(source, linter::lint);
        return new SourceDescriptor(id, report, fileSource(source));
    }

    private static File fileOf(CredentialSource source) {
        return source.file() == null ? null : source.file().toFile();
    }

    /** The file; for a variable in a CI file, the line and column where its value's text begins; none without a file. */
    private static FileSource fileSource(CredentialSource source) {
        if (source.file() == null) {
            return null;
        }
        File file = source.file().toFile();
        if (source.variable().isEmpty()) {
            return FileSource.from(file);
        }
        try {
            String yaml = new String(CredentialFiles.read(source.file()), StandardCharsets.UTF_8);
            return GitLabCiVariables.find(yaml).stream()
                    .filter(variable -> variable.pointer().equals(source.variable()))
                    .findFirst()
                    .map(variable -> variable.placement().map(Position.of(1, 1)))
                    .map(start -> FileSource.from(file, FilePosition.from(start.line(), start.column())))
                    .orElseGet(() -> FileSource.from(file));
        } catch (IOException e) {
            return FileSource.from(file);
        }
    }

    /** A source re-resolved from its unique id is shown relative to the working directory. */
    private static CredentialSource withDisplayPath(CredentialSource source, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        String display = absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
        return new CredentialSource(source.file(), display.replace(File.separatorChar, '/'), source.kind(),
                source.origin(), source.variable());
    }
}
