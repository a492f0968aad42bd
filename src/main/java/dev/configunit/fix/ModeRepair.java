package dev.configunit.fix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The permission repair of a credential file: 0600 for a file that grants group or others anything, 0700 for its
 * {@code .docker} or {@code containers} directory likewise — what Docker and podman create (§1.7, §2.4; rules.md
 * {@code docker/file-permissions}).
 *
 * <p>A directory under {@code /etc} or {@code /usr} is left alone: other users' tools read system directories. The
 * owner is never changed.
 *
 * @param file the file (symbolic links resolved)
 * @param fileMode its permission bits
 * @param newFileMode the bits it should have
 * @param directory its directory
 * @param directoryMode that directory's permission bits
 * @param newDirectoryMode the bits it should have
 */
record ModeRepair(Path file, int fileMode, int newFileMode, Path directory, int directoryMode, int newDirectoryMode) {

    private static final int GROUP_OTHER = 0077;

    /** The repair for a file, empty where the file system has no POSIX permissions. */
    static Optional<ModeRepair> of(Path realFile) throws IOException {
        PosixFileAttributes attributes;
        try {
            attributes = Files.readAttributes(realFile, PosixFileAttributes.class);
        } catch (UnsupportedOperationException e) {
            return Optional.empty();
        }
        int mode = bits(attributes.permissions());
        int newMode = (mode & GROUP_OTHER) != 0 ? 0600 : mode;
        Path directory = realFile.getParent();
        int directoryMode = bits(Files.readAttributes(directory, PosixFileAttributes.class).permissions());
        String name = directory.getFileName() == null ? "" : directory.getFileName().toString();
        boolean credentialDirectory = (name.equals(".docker") || name.equals("containers"))
                && !directory.startsWith("/etc") && !directory.startsWith("/usr");
        int newDirectoryMode = credentialDirectory && (directoryMode & GROUP_OTHER) != 0 ? 0700 : directoryMode;
        return Optional.of(new ModeRepair(realFile, mode, newMode, directory, directoryMode, newDirectoryMode));
    }

    boolean changesFile() {
        return newFileMode != fileMode;
    }

    boolean changesDirectory() {
        return newDirectoryMode != directoryMode;
    }

    /** What the repair does, in words. */
    List<String> repairs() {
        List<String> repairs = new ArrayList<>();
        if (changesFile()) {
            repairs.add("mode " + octal(fileMode) + " -> " + octal(newFileMode) + " (docker/file-permissions)");
        }
        if (changesDirectory()) {
            repairs.add("directory " + directory.getFileName() + " mode " + octal(directoryMode) + " -> "
                    + octal(newDirectoryMode) + " (docker/file-permissions)");
        }
        return repairs;
    }

    /** Sets the file's mode in place (when its content stays) and the directory's. */
    void apply(boolean fileToo) throws IOException {
        if (fileToo && changesFile()) {
            Files.setPosixFilePermissions(file, permissions(newFileMode));
        }
        if (changesDirectory()) {
            Files.setPosixFilePermissions(directory, permissions(newDirectoryMode));
        }
    }

    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        for (PosixFilePermission permission : PosixFilePermission.values()) {
            if ((mode & (1 << (8 - permission.ordinal()))) != 0) {
                set.add(permission);
            }
        }
        return set;
    }

    private static int bits(Set<PosixFilePermission> permissions) {
        int mode = 0;
        for (PosixFilePermission permission : permissions) {
            mode |= 1 << (8 - permission.ordinal());
        }
        return mode;
    }

    private static String octal(int mode) {
        return String.format("%04o", mode);
    }
}
