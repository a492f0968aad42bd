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
 *
 * <p>The two steps are separate so that a caller can discover while the rules are still being loaded; linting
 * runs on every core (sources are independent, and the linter is immutable).
 */
public final class RepositoryScan {

    private RepositoryScan() {
    }

    /** Discovers and lints. */
    public static ScanResult run(List<Path> roots, Linter linter) {
        return lint(discover(roots), linter);
    }

    /** The credential sources under the roots, and the inputs that could not be scanned. */
    public static RepositoryDiscovery.Result discover(List<Path> roots) {
        List<CredentialSource> sources = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (Path root : roots) {
            RepositoryDiscovery.Result discovered = RepositoryDiscovery.discover(root);
            sources.addAll(discovered.sources());
            problems.addAll(discovered.problems());
        }
        return new RepositoryDiscovery.Result(sources, problems);
    }

    /** Lints discovered sources, in parallel, into a result sorted by path. */
    public static ScanResult lint(RepositoryDiscovery.Result discovered, Linter linter) {
        List<SourceReport> reports = new ArrayList<>(discovered.sources().parallelStream().map(linter::lint).toList());
        reports.sort(Comparator.comparing((SourceReport r) -> r.source().displayPath())
                .thenComparing(r -> r.source().variable()));
        return new ScanResult(reports, discovered.problems(), linter.suppressions().stale());
    }
}
