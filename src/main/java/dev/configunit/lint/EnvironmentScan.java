package dev.configunit.lint;

import dev.configunit.source.CredentialSource;
import dev.configunit.source.EnvironmentDiscovery;
import dev.configunit.source.GitLabCiVariables;
import dev.configunit.source.Origin;
import dev.configunit.source.RepositoryDiscovery;
import dev.configunit.source.SourceKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lints what the clients of a running environment would read: its credential files and the
 * {@code DOCKER_AUTH_CONFIG} variable, which is checked in memory and never shown.
 */
public final class EnvironmentScan {

    /** The display path of the variable in reports. */
    public static final String VARIABLE_DISPLAY = "$" + GitLabCiVariables.NAME;

    private EnvironmentScan() {
    }

    /**
     * @param environment the environment variables (usually {@code System.getenv()})
     * @param kanikoRoot where kaniko keeps its {@code .docker} directory ({@code /kaniko})
     * @param linter the rules and clients; the variable is also checked for the Docker CLI (28.3+ reads it, §1.6)
     */
    public static ScanResult run(Map<String, String> environment, Path kanikoRoot, Linter linter) {
        RepositoryDiscovery.Result discovered = EnvironmentDiscovery.discover(environment, kanikoRoot);
        List<SourceReport> reports = new ArrayList<>();
        for (CredentialSource source : discovered.sources()) {
            reports.add(linter.lint(source));
        }
        String variable = environment.get(GitLabCiVariables.NAME);
        if (variable != null && !variable.isEmpty()) {
            CredentialSource source = new CredentialSource(null, VARIABLE_DISPLAY, SourceKind.DOCKER_AUTH_CONFIG,
                    Origin.ENVIRONMENT);
            reports.add(linter.lint(source, variable.getBytes(StandardCharsets.UTF_8), Optional::empty));
        }
        return new ScanResult(reports, discovered.problems(), linter.suppressions().stale());
    }
}
