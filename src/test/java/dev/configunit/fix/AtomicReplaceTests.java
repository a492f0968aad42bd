package dev.configunit.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The atomic write: temporary file in the same directory, flushed, given mode and owner, renamed over the target.
 */
class AtomicReplaceTests {

    private static final byte[] ORIGINAL = "{\"auths\": {\"docker.io\": {}}}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] FIXED = "{\"auths\": {\"https://index.docker.io/v1/\": {}}}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void replacesTheContentAndGivesTheModeAsked() throws IOException {
        Path target = original();

        new AtomicReplace(AtomicReplace.BeforeRename.NONE).replace(target, FIXED, AtomicReplace.Ownership.of(target, 0600), ORIGINAL);

        assertThat(Files.readAllBytes(target)).isEqualTo(FIXED);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        assertThat(Files.getOwner(target)).isEqualTo(Files.getOwner(dir));
        assertThat(siblings()).containsExactly("config.json");
    }

    @Test
    void theOriginalIsIntactAndNoTemporaryFileIsLeftWhenTheWriteFailsBeforeTheRename() throws IOException {
        Path target = original();
        AtomicReplace failing = new AtomicReplace(temp -> {
            assertThat(temp.getParent()).isEqualTo(dir);
            assertThat(Files.readAllBytes(temp)).isEqualTo(FIXED);
            throw new IOException("No space left on device");
        });

        assertThatThrownBy(() -> failing.replace(target, FIXED, AtomicReplace.Ownership.of(target, 0600), ORIGINAL))
                .isInstanceOf(IOException.class).hasMessage("No space left on device");

        assertThat(Files.readAllBytes(target)).isEqualTo(ORIGINAL);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
        assertThat(siblings()).containsExactly("config.json");
    }

    @Test
    void aChangeMadeMeanwhileIsNotOverwritten() throws IOException {
        Path target = original();
        AtomicReplace raced = new AtomicReplace(temp -> Files.writeString(target, "{\"credsStore\": \"desktop\"}"));

        assertThatThrownBy(() -> raced.replace(target, FIXED, AtomicReplace.Ownership.of(target, 0600), ORIGINAL))
                .hasMessageContaining("changed while it was being fixed");

        assertThat(Files.readString(target)).isEqualTo("{\"credsStore\": \"desktop\"}");
        assertThat(siblings()).containsExactly("config.json");
    }

    @Test
    void aReadOnlyDirectoryLeavesTheOriginalIntact() throws IOException {
        Path target = original();
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-x------"));
        try {
            assumeThat(Files.isWritable(dir)).as("root writes into read-only directories").isFalse();

            assertThatThrownBy(() -> new AtomicReplace(AtomicReplace.BeforeRename.NONE)
                    .replace(target, FIXED, AtomicReplace.Ownership.of(target, 0600), ORIGINAL))
                    .isInstanceOf(IOException.class);

            assertThat(Files.readAllBytes(target)).isEqualTo(ORIGINAL);
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private Path original() throws IOException {
        Path target = dir.resolve("config.json");
        Files.write(target, ORIGINAL);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        return target;
    }

    private java.util.List<String> siblings() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
