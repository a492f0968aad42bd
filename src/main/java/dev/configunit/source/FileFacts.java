package dev.configunit.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;

/**
 * The ownership and permission bits of a credential file and of its directory, from a file system or a tar header.
 *
 * @param mode the file's permission bits, e.g. {@code 0600}
 * @param owner the file's owner (a user name, or a numeric uid in images)
 * @param directory the name of the directory holding the file
 * @param directoryMode that directory's permission bits, or -1 if unknown
 * @param homeOwner the owner of the home the {@code .docker} directory sits in, or {@code null} if unknown
 * @param runsAs for a file in an image, the user the image runs as ({@code User} of its config); {@code null}
 *     otherwise
 */
public record FileFacts(int mode, String owner, String directory, int directoryMode, String homeOwner,
        String runsAs) {

    /** The facts of a file outside images. */
    public FileFacts(int mode, String owner, String directory, int directoryMode, String homeOwner) {
        this(mode, owner, directory, directoryMode, homeOwner, null);
    }

    /** Reads the facts of a local file, following symbolic links as the clients do; empty where POSIX is unknown. */
    public static Optional<FileFacts> of(Path file) {
        try {
            PosixFileAttributes attributes = Files.readAttributes(file, PosixFileAttributes.class);
            Path dir = file.toRealPath().getParent();
            int dirMode = -1;
            String homeOwner = null;
            String dirName = "";
            if (dir != null) {
                dirName = dir.getFileName() == null ? "" : dir.getFileName().toString();
                dirMode = bits(Files.readAttributes(dir, PosixFileAttributes.class).permissions());
                Path home = dir.getParent();
                if (dirName.equals(".docker") && home != null) {
                    homeOwner = Files.readAttributes(home, PosixFileAttributes.class).owner().getName();
                }
            }
            return Optional.of(new FileFacts(bits(attributes.permissions()), attributes.owner().getName(), dirName,
                    dirMode, homeOwner));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    static int bits(Set<PosixFilePermission> permissions) {
        int mode = 0;
        for (PosixFilePermission permission : permissions) {
            mode |= 1 << (8 - permission.ordinal());
        }
        return mode;
    }

    /** Octal with a leading zero, as {@code chmod} and {@code ls} users read it. */
    public static String octal(int mode) {
        return String.format("%04o", mode);
    }
}
