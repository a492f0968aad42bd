package dev.configunit.cli;

import dev.configunit.image.ImageScan;
import dev.configunit.image.ImageScanOptions;
import dev.configunit.lint.Linter;
import dev.configunit.lint.RepositoryScan;
import dev.configunit.lint.ScanResult;
import dev.configunit.lint.Suppressions;
import dev.configunit.lint.SourceReport;
import dev.configunit.rule.RuleFileException;
import dev.configunit.rule.RuleFileLoader;
import dev.configunit.rule.RuleSet;
import dev.configunit.source.RepositoryDiscovery;
import dev.configunit.source.InputProblem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * {@code configunit scan [PATH...]}: finds credential files under the paths and checks them.
 */
final class ScanCommand {

    static final CommandSpec SPEC = CommandSpec.command("scan",
            "Scan directories, files and container images for credential files and check them.",
            CommandSpec.Positionals.optional("PATH", "directories or files to scan (default: .)"),
            OptionSpec.concat(List.of(OptionSpec.repeatable("--rules", "PATH",
                            "a rule file or directory of rule files to add (repeatable)"),
                    OptionSpec.repeatable("--baseline", "FILE",
                            "accept the findings this file lists (as .configunit.yaml does; repeatable)"),
                    OptionSpec.value("--write-baseline", "FILE",
                            "write every current finding to FILE as a baseline, then exit 0"),
                    OptionSpec.repeatable("--image", "REF",
                            "an image to scan without a Docker daemon (repeatable): docker-archive:PATH, oci:DIR, "
                                    + "oci-archive:PATH, docker://HOST/REPO:TAG, or a path whose format is detected"),
                    OptionSpec.value("--registry-auth", "FILE",
                            "credentials for docker:// pulls: a Docker config.json or containers auth.json "
                                    + "(default: $REGISTRY_AUTH_FILE, $DOCKER_CONFIG/config.json, "
                                    + "~/.docker/config.json)")), ScanOutput.OPTIONS));

    private final List<Path> paths;
    private final List<Path> rules;
    private final List<Path> baselines;
    private final Path writeBaseline;
    private final Arguments arguments;
    private final List<String> images;
    private final Path registryAuth;

    ScanCommand(Arguments arguments) {
        paths = arguments.positionalPaths();
        rules = arguments.paths("--rules");
        baselines = arguments.paths("--baseline");
        writeBaseline = arguments.path("--write-baseline");
        this.arguments = arguments;
        images = arguments.values("--image");
        registryAuth = arguments.path("--registry-auth");
    }

    int call(PrintWriter out, PrintWriter err) {
        ScanOutput output;
        try {
            output = ScanOutput.from(arguments);
        } catch (IllegalArgumentException e) {
            err.println("configunit: " + e.getMessage());
            return ExitCode.USAGE;
        }
        List<Path> roots = paths.isEmpty() && images.isEmpty() ? List.of(Path.of(".")) : paths;
        for (Path root : roots) {
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                err.println("configunit: " + root + ": no such file or directory");
                return ExitCode.USAGE;
            }
        }
        for (String image : images) {
            String problem = ImageScan.validate(image);
            if (problem != null) {
                err.println("configunit: --image " + problem);
                return ExitCode.USAGE;
            }
        }
        // The rules load (and their schemas compile) on another core while this one walks the tree.
        CompletableFuture<RuleSet> loading = CompletableFuture.supplyAsync(() -> {
            try {
                return RuleFileLoader.withUserRules(rules);
            } catch (RuleFileException e) {
                throw new CompletionException(e);
            }
        });
        RepositoryDiscovery.Result discovered = RepositoryScan.discover(roots);
        RuleSet ruleSet;
        try {
            ruleSet = loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuleFileException ruleFileError) {
                err.println("configunit: rule file error: " + ruleFileError.getMessage());
                return ExitCode.USAGE;
            }
            throw e;
        }
        Suppressions suppressions;
        try {
            List<Path> files = new ArrayList<>();
            roots.forEach(root -> Suppressions.besideTree(root).ifPresent(files::add));
            files.addAll(baselines);
            suppressions = Suppressions.load(files);
        } catch (RuleFileException e) {
            err.println("configunit: suppression file error: " + e.getMessage());
            return ExitCode.USAGE;
        }
        Linter linter = new Linter(ruleSet, output.clients(), suppressions);
        ScanResult result = RepositoryScan.lint(discovered, linter);
        if (!images.isEmpty()) {
            // Images go into the same result as the paths: every output and the exit code treat them alike.
            ImageScanOptions imageOptions = ImageScanOptions.defaults().withRegistryAuthFile(registryAuth)
                    .withProgress(System.console() != null ? err : null);
            ScanResult imageResult = ImageScan.run(images, linter, imageOptions);
            List<SourceReport> reports = new ArrayList<>(result.reports());
            reports.addAll(imageResult.reports());
            List<InputProblem> problems = new ArrayList<>(result.problems());
            problems.addAll(imageResult.problems());
            result = new ScanResult(reports, problems, linter.suppressions().stale());
        }
        if (writeBaseline != null) {
            return writeBaseline(result, out, err);
        }
        return output.write(result, "repository", out, err);
    }

    private int writeBaseline(ScanResult result, PrintWriter out, PrintWriter err) {
        List<dev.configunit.finding.Finding> all = new ArrayList<>(result.findings());
        result.suppressed().forEach(s -> all.add(s.finding()));
        all.sort(dev.configunit.lint.Findings.ORDER);
        try {
            java.nio.file.Files.writeString(writeBaseline, Suppressions.baselineOf(all));
        } catch (java.io.IOException e) {
            err.println("configunit: cannot write " + writeBaseline + ": " + e.getMessage());
            return ExitCode.USAGE;
        }
        out.println("configunit: wrote " + all.size() + " findings to " + writeBaseline);
        return ExitCode.CLEAN;
    }
}
