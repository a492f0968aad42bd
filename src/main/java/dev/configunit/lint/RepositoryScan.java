package dev.configunit.lint;

import dev.configunit.source.CredentialSource;
import dev.configunit.source.InputProblem;
import dev.configunit.source.RepositoryDiscovery;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Discovers the credential files under some paths and lints each one.
 */
public final class RepositoryScan {

    private RepositoryScan() {
    }

    public static ScanResult run(List<Path> roots, Linter linter) {
        List<SourceReport> reports = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (Path root : roots) {
            RepositoryDiscovery.Result discovered = RepositoryDiscovery.discover(root);
            problems.addAll(discovered.problems());
            for (CredentialSource source : discovered.sources()) {
                reports.add(linter.lint(source));
            }
        }
        reports.sort(Comparator.comparing((SourceReport r) -> r.source().displayPath())
                .thenComparing(r -> r.source().variable()));
        return new ScanResult(reports, problems, linter.suppressions().stale());
    }
}
