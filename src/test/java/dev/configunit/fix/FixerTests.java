package dev.configunit.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole {@code fix} run when writing fails: the file stays as it was and the run says so.
 */
class FixerTests {

    private static final String ORIGINAL = "{\n\t\"auths\": {\n\t\t\"docker.io\": {}\n\t}\n}\n";

    @TempDir
    Path tree;

    @Test
    void aFailedWriteIsReportedAsRefusedAndLeavesTheFileAsItWas() throws IOException {
        Path file = tree.resolve(".docker/config.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, ORIGINAL);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Fixer fixer = new Fixer(new FixSettings(Set.of(), false, false, temp -> {
            throw new IOException("Input/output error");
        }));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        FixSummary summary = fixer.run(List.of(file), new PrintWriter(out), new PrintWriter(err));

        assertThat(summary).isEqualTo(new FixSummary(0, 0, 1));
        assertThat(err.toString()).contains(file + ": refused, nothing changed: could not write it (Input/output error); "
                + "the file is unchanged");
        assertThat(Files.readString(file)).isEqualTo(ORIGINAL);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("config.json");
        }
    }
}
