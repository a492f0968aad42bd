package dev.configunit.fix;

import dev.configunit.source.CredentialFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Arrays;
import java.util.Set;

/**
 * Replaces a file the way {@code docker login} and podman do: a temporary file in the same directory, written,
 * flushed to disk, given its mode and owner, then renamed over the target in one atomic step (§1.7, §2.4).
 *
 * <p>Whatever fails before the rename, the target is left as it was and the temporary file is removed. The target
 * is checked once more just before the rename, so a change made meanwhile (a {@code docker login} in another
 * terminal) is not overwritten.
 */
final class AtomicReplace {

    /** A step just before the rename, where a test can make the write fail. */
    interface BeforeRename {

        BeforeRename NONE = temp -> { };

        void run(Path temp) throws IOException;
    }

    /** The mode and owner a replacement gets. */
    record Ownership(Set<PosixFilePermission> mode, UserPrincipal owner, GroupPrincipal group) {

        /** The owner and group of {@code file}, with {@code mode}. */
        static Ownership of(Path file, int mode) throws IOException {
            PosixFileAttributes attributes = Files.readAttributes(file, PosixFileAttributes.class);
            return new Ownership(ModeRepair.permissions(mode), attributes.owner(), attributes.group());
        }
    }

    private final BeforeRename beforeRename;

    AtomicReplace(BeforeRename beforeRename) {
        this.beforeRename = beforeRename;
    }

    /**
     * Replaces {@code target} (no symbolic link) with {@code content}.
     *
     * @param ownership the mode and owner to give it, or {@code null} where the file system has none
     * @param expected what the target must still hold just before the rename, or {@code null} for a new file
     */
    void replace(Path target, byte[] content, Ownership ownership, byte[] expected) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        boolean renamed = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
            if (ownership != null && view != null) {
                PosixFileAttributes now = view.readAttributes();
                if (!now.owner().equals(ownership.owner())) {
                    view.setOwner(ownership.owner());
                }
                if (!now.group().equals(ownership.group())) {
                    view.setGroup(ownership.group());
                }
                view.setPermissions(ownership.mode());
            }
            beforeRename.run(temp);
            if (expected != null && !Arrays.equals(CredentialFiles.read(target), expected)) {
                throw new IOException("the file changed while it was being fixed; run fix again");
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            renamed = true;
        } finally {
            if (!renamed) {
                Files.deleteIfExists(temp);
            }
        }
        syncDirectory(directory);
    }

    /** Makes the rename itself durable; not every file system lets a directory be opened, and that is fine. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // the rename is atomic either way; only its durability across a power cut is at stake
        }
    }
}
