package dev.configunit.cli;

import dev.configunit.image.ImageScan;
import dev.configunit.image.ImageScanOptions;
import dev.configunit.lint.Linter;
import dev.configunit.lint.RepositoryScan;
import dev.configunit.lint.ScanResult;
import dev.configunit.lint.Suppressions;
import dev.configunit.lint.SourceReport;
import dev.configunit.rule.ClientProfile;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code configunit scan [PATH...]}: finds credential files under the paths and checks them.
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Scan directories, files and container images for credential files and check them.")
final class ScanCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "directories or files to scan (default: .)")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "PATH", description = "a rule file or directory of rule files to add (repeatable)")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--clients", paramLabel = "LIST", split = ",",
            description = "client profiles to check for: docker, podman, gitlab-runner (default: per file kind)")
    List<String> clients = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: text)")
    String format;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "lowest level that makes the exit code 1: error, warning, note or none (default: error)")
    String failOn;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "accept the findings this file lists (as .configunit.yaml does; repeatable)")
    List<Path> baselines = new ArrayList<>();

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "write every current finding to FILE as a baseline, then exit 0")
    Path writeBaseline;

    @CommandLine.Mixin
    ReportFiles reportFiles = new ReportFiles();

    @Option(names = "--image", paramLabel = "REF",
            description = "an image to scan without a Docker daemon (repeatable): docker-archive:PATH, oci:DIR, "
                    + "oci-archive:PATH, docker://HOST/REPO:TAG, or a path whose format is detected")
    List<String> images = new ArrayList<>();

    @Option(names = "--registry-auth", paramLabel = "FILE",
            description = "credentials for docker:// pulls: a Docker config.json or containers auth.json "
                    + "(default: $REGISTRY_AUTH_FILE, $DOCKER_CONFIG/config.json, ~/.docker/config.json)")
    Path registryAuth;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FailOn threshold;
        Set<String> selected = new LinkedHashSet<>();
        try {
            threshold = FailOn.valueOf(failOn.toUpperCase(java.util.Locale.ROOT));
            for (String client : clients) {
                selected.add(ClientProfile.fromId(client.trim()).id());
            }
            if (!format.equals("text") && !format.equals("json")) {
                throw new IllegalArgumentException("unknown format '" + format + "' (expected text or json)");
            }
        } catch (IllegalArgumentException e) {
            err.println("configunit: " + (e.getMessage().startsWith("No enum")
                    ? "unknown level '" + failOn + "' for --fail-on (expected error, warning, note or none)"
                    : e.getMessage()));
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
        Linter linter = new Linter(ruleSet, selected, suppressions);
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
        if (format.equals("json")) {
            new JsonReport().write(result, out);
        } else {
            new TextReport(Terminal.isInteractive()).write(result, out);
        }
        if (!reportFiles.write(result, "repository", threshold, err)) {
            return ExitCode.USAGE;
        }
        return threshold.fails(result.findings()) ? ExitCode.FINDINGS : ExitCode.CLEAN;
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
