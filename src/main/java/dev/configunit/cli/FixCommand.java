package dev.configunit.cli;

import dev.configunit.fix.FixSummary;
import dev.configunit.fix.Fixer;
import dev.configunit.rule.ClientProfile;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code configunit fix PATH...}: rewrites credential files so the clients read them; exit 0 fixed or nothing to do,
 * 1 a file was refused (the others are still fixed), 2 a usage error.
 */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = "Fix credential files: canonical registry keys, clean auth values, mode 0600. "
                + "Writes atomically, keeps a .bak backup and prints a diff with secrets masked.")
final class FixCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "credential files or directories to fix")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--dry-run", description = "print the diff and write nothing")
    boolean dryRun;

    @Option(names = "--no-backup", description = "do not keep the original as NAME.bak")
    boolean noBackup;

    @Option(names = "--clients", paramLabel = "LIST", split = ",",
            description = "client profiles to fix for: docker, podman, gitlab-runner (default: per file kind)")
    List<String> clients = new ArrayList<>();

    @Override
    public Integer call() {
        Set<String> selected = new LinkedHashSet<>();
        try {
            for (String client : clients) {
                selected.add(ClientProfile.fromId(client.trim()).id());
            }
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("configunit: " + e.getMessage());
            return ExitCode.USAGE;
        }
        for (Path path : paths) {
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                spec.commandLine().getErr().println("configunit: " + path + ": no such file or directory");
                return ExitCode.USAGE;
            }
        }
        FixSummary summary = Fixer.create(selected, dryRun, !noBackup)
                .run(paths, spec.commandLine().getOut(), spec.commandLine().getErr());
        return summary.refused() > 0 ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }
}
