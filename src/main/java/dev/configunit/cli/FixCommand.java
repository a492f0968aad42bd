package dev.configunit.cli;

import dev.configunit.fix.FixSummary;
import dev.configunit.fix.Fixer;
import dev.configunit.rule.ClientProfile;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code configunit fix PATH...}: rewrites credential files so the clients read them; exit 0 fixed or nothing to do,
 * 1 a file was refused (the others are still fixed), 2 a usage error.
 */
final class FixCommand {

    static final CommandSpec SPEC = CommandSpec.command("fix",
            "Fix credential files: canonical registry keys, clean auth values, mode 0600. "
                    + "Writes atomically, keeps a .bak backup and prints a diff with secrets masked.",
            CommandSpec.Positionals.required("PATH", "credential files or directories to fix"),
            List.of(OptionSpec.flag("--dry-run", "print the diff and write nothing"),
                    OptionSpec.flag("--no-backup", "do not keep the original as NAME.bak"),
                    OptionSpec.list("--clients", "LIST",
                            "client profiles to fix for: docker, podman, gitlab-runner (default: per file kind)")));

    private final List<Path> paths;
    private final boolean dryRun;
    private final boolean noBackup;
    private final List<String> clients;

    FixCommand(Arguments arguments) {
        paths = arguments.positionalPaths();
        dryRun = arguments.flag("--dry-run");
        noBackup = arguments.flag("--no-backup");
        clients = arguments.values("--clients");
    }

    int call(PrintWriter out, PrintWriter err) {
        Set<String> selected = new LinkedHashSet<>();
        try {
            for (String client : clients) {
                selected.add(ClientProfile.fromId(client.trim()).id());
            }
        } catch (IllegalArgumentException e) {
            err.println("configunit: " + e.getMessage());
            return ExitCode.USAGE;
        }
        for (Path path : paths) {
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                err.println("configunit: " + path + ": no such file or directory");
                return ExitCode.USAGE;
            }
        }
        FixSummary summary = Fixer.create(selected, dryRun, !noBackup).run(paths, out, err);
        return summary.refused() > 0 ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }
}
