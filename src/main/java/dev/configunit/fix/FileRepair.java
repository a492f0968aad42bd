package dev.configunit.fix;

import dev.configunit.parse.GoJsonReader;
import dev.configunit.parse.JsonSyntaxException;
import dev.configunit.source.CredentialFiles;
import dev.configunit.source.CredentialSource;
import dev.configunit.source.SourceKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fixes one credential file: reads it, plans the repair, and unless it is a dry run writes it atomically with a
 * backup, then sets the modes.
 *
 * <p>A symbolic link is followed as docker follows it ({@code filepath.EvalSymlinks}, §1.7): the target is replaced
 * and the link kept. A dangling link is refused: there is nothing to fix behind it.
 */
final class FileRepair {

    enum Status { CLEAN, FIXED, REFUSED }

    /**
     * What happened to one file.
     *
     * @param status clean, fixed (or would be, in a dry run) or refused
     * @param diff the masked diff of the content, or {@code ""}
     * @param repairs what was (or would be) done
     * @param problems why it was refused; empty unless it was
     */
    record Outcome(Status status, String diff, List<String> repairs, List<String> problems) {

        static Outcome refused(String problem) {
            return refused(List.of(problem));
        }

        static Outcome refused(List<String> problems) {
            return new Outcome(Status.REFUSED, "", List.of(), problems);
        }
    }

    private final FixSettings settings;
    private final AtomicReplace replace;

    FileRepair(FixSettings settings) {
        this.settings = settings;
        this.replace = new AtomicReplace(settings.beforeRename());
    }

    Outcome run(CredentialSource source, String display) {
        Path named = source.file();
        Path real;
        try {
            real = named.toRealPath();
        } catch (NoSuchFileException e) {
            return Outcome.refused(Files.isSymbolicLink(named)
                    ? "dangling symbolic link: its target does not exist, and fix does not create it"
                    : "no such file");
        } catch (IOException e) {
            return Outcome.refused("cannot follow the path: " + CredentialFiles.describe(e));
        }
        if (!Files.isRegularFile(real)) {
            return Outcome.refused("not a regular file; fix rewrites only regular files");
        }
        byte[] bytes;
        try {
            bytes = CredentialFiles.read(real);
        } catch (IOException e) {
            return Outcome.refused("cannot read it: " + CredentialFiles.describe(e));
        }
        try {
            GoJsonReader.read(bytes);
        } catch (JsonSyntaxException e) {
            return Outcome.refused("not JSON as Go reads it (" + e.position() + ": " + e.getMessage()
                    + "); correct the syntax by hand first");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        Set<String> clients = settings.clients().isEmpty() ? Set.of(source.kind().defaultClient()) : settings.clients();
        ContentRepair content;
        Optional<ModeRepair> modes;
        try {
            content = ContentRepair.of(text, source.kind() == SourceKind.DOCKERCFG, CanonicalKey.hubKeyFor(clients));
            modes = ModeRepair.of(real);
        } catch (Refusal refusal) {
            return Outcome.refused(refusal.reasons());
        } catch (IOException e) {
            return Outcome.refused("cannot read its permissions: " + CredentialFiles.describe(e));
        }
        List<String> repairs = new ArrayList<>(content.repairs());
        modes.ifPresent(m -> repairs.addAll(m.repairs()));
        if (repairs.isEmpty()) {
            return new Outcome(Status.CLEAN, "", List.of(), List.of());
        }
        String diff = content.changed() ? MaskedDiff.of(display, text, content.text()) : "";
        if (settings.dryRun()) {
            return new Outcome(Status.FIXED, diff, repairs, List.of());
        }
        if (content.changed()) {
            try {
                if (settings.backup()) {
                    Path backup = named.resolveSibling(named.getFileName() + ".bak");
                    replace.replace(backup, bytes, ownership(real, 0600, modes), null);
                    repairs.add("kept the original as " + display + ".bak (mode 0600)");
                }
                int mode = modes.map(ModeRepair::newFileMode).orElse(0600);
                replace.replace(real, content.text().getBytes(StandardCharsets.UTF_8), ownership(real, mode, modes),
                        bytes);
            } catch (IOException e) {
                return Outcome.refused("could not write it (" + CredentialFiles.describe(e) + "); the file is unchanged");
            }
        }
        if (modes.isPresent()) {
            try {
                modes.get().apply(!content.changed());
            } catch (IOException e) {
                return Outcome.refused("could not change a mode (" + CredentialFiles.describe(e) + ")");
            }
        }
        return new Outcome(Status.FIXED, diff, repairs, List.of());
    }

    private static AtomicReplace.Ownership ownership(Path real, int mode, Optional<ModeRepair> modes)
            throws IOException {
        return modes.isPresent() ? AtomicReplace.Ownership.of(real, mode) : null;
    }
}
