package dev.configunit.fix;

import dev.configunit.finding.PrintableText;
import dev.configunit.source.CredentialSource;
import dev.configunit.source.InputProblem;
import dev.configunit.source.RepositoryDiscovery;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code configunit fix}: rewrites the credential files found under some paths so that every selected client reads
 * them, and prints what changed as a diff with every secret masked.
 *
 * <p>It finds files as {@code scan} does. Each file is fixed on its own: a file with a case only the user can decide
 * is refused and left byte for byte as it was, and the others are still fixed. Running it twice changes nothing the
 * second time.
 */
public final class Fixer {

    private final FixSettings settings;

    Fixer(FixSettings settings) {
        this.settings = settings;
    }

    /**
     * @param clients client profiles to fix for ({@code docker}, {@code podman}, {@code gitlab-runner}); empty
     *     selects each file kind's default
     * @param dryRun print the diff and write nothing
     * @param backup keep each original as {@code NAME.bak}
     */
    public static Fixer create(Set<String> clients, boolean dryRun, boolean backup) {
        return new Fixer(new FixSettings(clients, dryRun, backup, AtomicReplace.BeforeRename.NONE));
    }

    /** Fixes the credential files under {@code paths}: diffs and repairs on {@code out}, refusals on {@code err}. */
    public FixSummary run(List<Path> paths, PrintWriter out, PrintWriter err) {
        FileRepair repair = new FileRepair(settings);
        int fixed = 0;
        int clean = 0;
        int refused = 0;
        for (Path path : paths) {
            boolean directory = Files.isDirectory(path);
            RepositoryDiscovery.Result found = RepositoryDiscovery.discover(path);
            for (InputProblem problem : found.problems()) {
                refuse(err, display(path, directory, problem.path()), List.of(problem.message().replace("; skipped", "")));
                refused++;
            }
            Set<String> variables = new LinkedHashSet<>();
            for (CredentialSource source : found.sources()) {
                String display = display(path, directory, source.displayPath());
                if (!source.variable().isEmpty()) {
                    variables.add(display);
                    continue;
                }
                FileRepair.Outcome outcome = repair.run(source, display);
                switch (outcome.status()) {
                    case CLEAN -> clean++;
                    case FIXED -> {
                        fixed++;
                        out.print(PrintableText.ofLines(outcome.diff()));
                        out.println((settings.dryRun() ? "would fix " : "fixed ") + PrintableText.of(display) + ":");
                        outcome.repairs().forEach(r -> out.println("  " + PrintableText.of(r)));
                    }
                    case REFUSED -> {
                        refused++;
                        refuse(err, display, outcome.problems());
                    }
                }
            }
            variables.forEach(file -> out.println(PrintableText.of(file) + ": DOCKER_AUTH_CONFIG values in CI files are not rewritten; "
                    + "configunit scan reports them"));
            if (!directory && found.sources().isEmpty() && found.problems().isEmpty()) {
                out.println(PrintableText.of(path.toString()) + ": not a credential file; nothing to fix");
            }
        }
        out.println(summary(fixed, clean, refused));
        out.flush();
        err.flush();
        return new FixSummary(fixed, clean, refused);
    }

    private String summary(int fixed, int clean, int refused) {
        String dry = settings.dryRun() ? "; dry run, nothing written" : "";
        if (fixed == 0) {
            return refused == 0 ? "nothing to fix in " + count(clean, "credential file") + dry
                    : "nothing fixed: " + refused + " of " + count(clean + refused, "credential file") + " refused" + dry;
        }
        return (settings.dryRun() ? "would fix " : "fixed ") + count(fixed, "credential file")
                + (clean > 0 ? ", " + clean + " already right" : "") + (refused > 0 ? ", " + refused + " refused" : "")
                + dry;
    }

    private static void refuse(PrintWriter err, String display, List<String> problems) {
        String shown = PrintableText.of(display);
        if (problems.size() == 1) {
            err.println("configunit: " + shown + ": refused, nothing changed: " + PrintableText.of(problems.get(0)));
            return;
        }
        err.println("configunit: " + shown + ": refused, nothing changed:");
        problems.forEach(problem -> err.println("  - " + PrintableText.of(problem)));
    }

    private static String display(Path root, boolean directory, String relative) {
        String shown = directory ? root.resolve(relative).normalize().toString() : relative;
        return shown.replace('\\', '/');
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
