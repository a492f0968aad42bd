package dev.configunit.lint;

import dev.configunit.check.LoginState;
import dev.configunit.parse.GoJsonReader;
import dev.configunit.parse.JsonSyntaxException;
import dev.configunit.source.CredentialFiles;
import dev.configunit.source.CredentialSource;
import dev.configunit.source.EnvironmentDiscovery;
import dev.configunit.source.GitLabCiVariables;
import dev.configunit.source.HelperLookup;
import dev.configunit.source.Origin;
import dev.configunit.source.PathHelperLookup;
import dev.configunit.source.RepositoryDiscovery;
import dev.configunit.source.SourceKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lints what the clients of a running environment would read: its credential files and the
 * {@code DOCKER_AUTH_CONFIG} variable, which is checked in memory and never shown.
 *
 * <p>Credential helpers are looked up on the environment's {@code PATH}; the variable is checked against what
 * {@code docker login} left in the Docker CLI's {@code config.json}.
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
        HelperLookup helpers = PathHelperLookup.of(environment.get("PATH"));
        List<SourceReport> reports = new ArrayList<>();
        Optional<LoginState> logins = Optional.empty();
        for (CredentialSource found : discovered.sources()) {
            CredentialSource source = new CredentialSource(found.file(), found.displayPath(), found.kind(),
                    found.origin(), null, helpers);
            reports.add(linter.lint(source));
            if (logins.isEmpty() && source.kind() == SourceKind.DOCKER_CONFIG && !found.file().startsWith(kanikoRoot)) {
                logins = loginsOf(source); // the first docker config is the one the Docker CLI reads (§1.1)
            }
        }
        String variable = environment.get(GitLabCiVariables.NAME);
        if (variable != null && !variable.isEmpty()) {
            CredentialSource source = new CredentialSource(null, VARIABLE_DISPLAY, SourceKind.DOCKER_AUTH_CONFIG,
                    Origin.ENVIRONMENT, null, helpers);
            Linter withLogins = logins.map(linter::withLogins).orElse(linter);
            reports.add(withLogins.lint(source, variable.getBytes(StandardCharsets.UTF_8), Optional::empty));
        }
        return new ScanResult(reports, discovered.problems(), linter.suppressions().stale());
    }

    private static Optional<LoginState> loginsOf(CredentialSource dockerConfig) {
        try {
            var root = GoJsonReader.read(CredentialFiles.read(dockerConfig.file())).root();
            return Optional.of(new LoginState(dockerConfig.displayPath(), LoginState.registriesOf(root)));
        } catch (IOException | JsonSyntaxException e) {
            return Optional.empty(); // a file the CLI cannot read holds no login to shadow
        }
    }
}
