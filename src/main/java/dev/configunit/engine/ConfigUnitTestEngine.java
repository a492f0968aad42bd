package dev.configunit.engine;

import dev.configunit.rule.RuleFileException;
import dev.configunit.rule.RuleFileLoader;
import dev.configunit.rule.RuleSet;
import dev.configunit.lint.Linter;
import java.util.Optional;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;

/**
 * The {@code configunit} test engine: each credential file found by the selectors is a container, and each rule
 * that applies to it is a test that fails with the rule's findings.
 */
public final class ConfigUnitTestEngine extends HierarchicalTestEngine<ConfigUnitExecutionContext> {

    @Override
    public String getId() {
        return Constants.ENGINE_ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("dev.configunit");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("configunit");
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        DiscoveryIssueReporter issues = DiscoveryIssueReporter.deduplicating(
                DiscoveryIssueReporter.forwarding(request.getDiscoveryListener(), uniqueId));
        EngineConfiguration configuration;
        try {
            configuration = EngineConfiguration.from(request.getConfigurationParameters());
        } catch (IllegalArgumentException e) {
            issues.reportIssue(DiscoveryIssue.create(DiscoveryIssue.Severity.ERROR,
                    "ConfigUnit configuration: " + e.getMessage()));
            return new ConfigUnitEngineDescriptor(uniqueId, null, false);
        }
        boolean pathsMode = !configuration.paths().isEmpty();
        ConfigUnitEngineDescriptor engine = new ConfigUnitEngineDescriptor(uniqueId, configuration, pathsMode);
        RuleSet rules;
        try {
            rules = RuleFileLoader.withUserRules(configuration.rules());
        } catch (RuleFileException e) {
            issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.ERROR, "ConfigUnit rule file error: "
                            + e.getMessage())
                    .source(FileSource.from(new java.io.File(e.file()),
                            FilePosition.from(e.position().line(), e.position().column()))));
            return engine;
        }
        Linter linter = new Linter(rules, configuration.clients());
        EngineDiscoveryRequest effective = pathsMode ? PathsRequest.of(request, configuration.paths()) : request;
        EngineDiscoveryRequestResolver.<ConfigUnitEngineDescriptor>builder()
                .addSelectorResolver(new CredentialSelectorResolver(linter, configuration, issues, engine::skipped))
                .build()
                .resolve(effective, engine, issues);
        return engine;
    }

    @Override
    protected ConfigUnitExecutionContext createExecutionContext(ExecutionRequest request) {
        return new ConfigUnitExecutionContext(request.getEngineExecutionListener(),
                EngineReports.from(request.getConfigurationParameters()));
    }
}
