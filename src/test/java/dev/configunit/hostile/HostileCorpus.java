package dev.configunit.hostile;

import static dev.configunit.hostile.EntryPoint.ENV;
import static dev.configunit.hostile.EntryPoint.ENV_VARIABLE;
import static dev.configunit.hostile.EntryPoint.FIX_DRY_RUN;
import static dev.configunit.hostile.EntryPoint.RULE_FILE;
import static dev.configunit.hostile.EntryPoint.SUPPRESSION_FILE;
import static dev.configunit.hostile.HostileInput.CI_FILE;
import static dev.configunit.hostile.HostileInput.CONFIG;
import static dev.configunit.hostile.HostileInput.config;
import static dev.configunit.hostile.HostileInput.custom;
import static dev.configunit.hostile.HostileInput.file;

import dev.configunit.parse.GoJsonReader;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The hostile inputs, generated: nothing large is committed, and a 100 MB file is sparse or streamed to disk.
 *
 * <p>Each input is what a malicious repository, a pull request or a shared CI runner can put where ConfigUnit looks:
 * broken encodings, sizes and shapes that exhaust a naive reader, special files that block or never end, links that
 * loop or leave the tree, and text that would rewrite a terminal. A new input is one more entry in {@link #ALL}.
 */
final class HostileCorpus {

    static final long HUNDRED_MB = 100L * 1024 * 1024;

    private HostileCorpus() {
    }

    static final List<HostileInput> ALL = List.of(
            // --- encodings ---------------------------------------------------------------------------------------
            config("invalid UTF-8", bytes("{\"auths\": {\"r.example.com\": {\"auth\": \"", 0xC3, 0x28, "\"}}}"))
                    .unparsable("invalid UTF-8")
                    // an environment variable is text: the bad byte arrives as U+FFFD, outside the Base64 alphabet
                    .except(ENV_VARIABLE, Expectation.named(1, "docker/auth-base64")),
            config("UTF-16 with byte order mark", utf16(true, "{\"auths\": {\"r.example.com\": {}}}"))
                    .unparsable("invalid UTF-8")
                    .except(ENV_VARIABLE, Expectation.named(1, "docker/json-syntax", "looking for beginning of value")),
            config("UTF-16 without byte order mark", utf16(false, "{\"auths\": {\"r.example.com\": {}}}"))
                    .unparsable("'\\x00'"),
            config("UTF-8 byte order mark", bytes(0xEF, 0xBB, 0xBF, "{\"auths\": {}}"))
                    .unparsable("byte order mark"),
            config("0-byte file", new byte[0])
                    .harmless(),
            // --- sizes -------------------------------------------------------------------------------------------
            custom("100 MB sparse file", CONFIG, home -> sparse(home.resolve(CONFIG), HUNDRED_MB))
                    .large()
                    .unparsable("larger than 8 MiB"),
            custom("100 MB streamed JSON", CONFIG, home -> streamedJson(home.resolve(CONFIG), HUNDRED_MB))
                    .large()
                    .unparsable("larger than 8 MiB"),
            custom("100 MB data file that is not a credential file", "data/huge.json",
                    home -> streamedJson(home.resolve("data/huge.json"), HUNDRED_MB))
                    .large()
                    .harmless()
                    .notFor(ENV),
            custom("auth just under the 8 MiB cap", CONFIG, home -> HostileInput.write(home.resolve(CONFIG),
                    ("{\"auths\": {\"r.example.com\": {\"auth\": \"" + "QUFB".repeat(2_000_000) + "\"}}}")
                            .getBytes(StandardCharsets.US_ASCII)))
                    .large()
                    .finds("docker/auth-format", "no ':'")
                    .except(ENV, Expectation.named(1, "docker/auth-format"))
                    .except(FIX_DRY_RUN, Expectation.named(1, "refused", "no ':'")),
            config("more values than a credential file holds", "[" + "0,".repeat(GoJsonReader.MAX_VALUES) + "0]")
                    .unparsable("more than " + GoJsonReader.MAX_VALUES + " values"),
            config("1 MB key repeated in the paths of the values under it",
                    "{\"" + "k".repeat(1024 * 1024) + "\": [1, 2, 3, 4, 5, 6, 7, 8]}")
                    .large()
                    .unparsable("add up to more than 4 MiB"),
            config("1 MB key", "{\"auths\": {\"" + "k".repeat(1024 * 1024) + "\": \"not an object\"}}")
                    .large()
                    .finds("docker/schema", "must be an object"),
            config("3,000 entries with four findings each", manyFindings(3_000))
                    .large()
                    .finds("docker/auth-whitespace", "R2999.example.com")
                    .except(FIX_DRY_RUN, Expectation.named(0, "would fix")),
            // --- shapes ------------------------------------------------------------------------------------------
            config("50,000 nested arrays", "{\"auths\": " + "[".repeat(50_000) + "]".repeat(50_000) + "}")
                    .unparsable("nesting deeper than " + GoJsonReader.MAX_DEPTH),
            config("50,000 nested objects", "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000))
                    .unparsable("nesting deeper than " + GoJsonReader.MAX_DEPTH),
            config("nesting just under the limit inside auth", "{\"auths\": {\"r.example.com\": {\"auth\": "
                    + "[".repeat(GoJsonReader.MAX_DEPTH - 4) + "]".repeat(GoJsonReader.MAX_DEPTH - 4) + "}}}")
                    .finds("docker/schema", "must be a string"),
            config("raw NUL byte in a string", "{\"auths\": {\"r.example.com\": {\"auth\": \"a\u0000b\"}}}")
                    .unparsable("'\\x00'"),
            config("escaped NUL in a key and auth of NUL bytes",
                    "{\"auths\": {\"nul\\u0000.example.com\": {\"auth\": \"AAAA\"}}}")
                    .finds("docker/auth-format", "nul\\u0000.example.com"),
            config("number with 10,000 digits", "{\"auths\": {\"r.example.com\": {\"auth\": " + "9".repeat(10_000)
                    + "}}}")
                    .finds("docker/schema", "must be a string"),
            config("exponent beyond a Java int", "{\"auths\": {}, \"credsStore\": 1e2147483648}")
                    .finds("docker/schema", "must be a string")
                    .except(FIX_DRY_RUN, Expectation.named(0, "would fix")),
            config("duplicate keys with different credentials",
                    "{\"auths\": {\"r.example.com\": {\"auth\": \"dTpw\"}, \"r.example.com\": {\"auth\": \"dTpx\"}}}")
                    .finds("docker/duplicate-registry", "r.example.com"),
            config("lone surrogates in a key", "{\"auths\": {\"\\ud800x\\udc00.example.com\": {\"auth\": \"x\"}}}")
                    .finds("docker/auth-base64"),
            config("escape sequences and a forged line in a key", "{\"auths\": {\"\\u001b[2J\\u001b]0;pwned\\u0007"
                    + "\\nforged.json:1:1: error docker/forged\\u009b31m\\u202e\": \"not an object\"}}")
                    .finds("docker/schema", "\\u001b[2J\\u001b]0;pwned\\u0007\\u000aforged.json"),
            config("top-level array", "[]")
                    .finds("docker/schema", "must be an object"),
            config("two top-level values", "{} {}")
                    .unparsable("after top-level value"),
            // --- special files and links -------------------------------------------------------------------------
            custom("FIFO", CONFIG, home -> special(home.resolve(CONFIG), "mkfifo"))
                    .skipped("not a regular file")
                    .except(RULE_FILE, Expectation.named(2, "rule file error", "not a regular file"))
                    .except(SUPPRESSION_FILE, Expectation.named(2, "suppression file error", "not a regular file")),
            custom("character device node", CONFIG, home -> special(home.resolve(CONFIG), "mknod", "c", "1", "5"))
                    .skipped("not a regular file")
                    .except(RULE_FILE, Expectation.named(2, "rule file error", "not a regular file"))
                    .except(SUPPRESSION_FILE, Expectation.named(2, "suppression file error", "not a regular file")),
            custom("link to /dev/zero", CONFIG, home -> link(home.resolve(CONFIG), Path.of("/dev/zero")))
                    .skipped("outside the scanned root")
                    .except(ENV, Expectation.named(0, "skipped", "not a regular file"))
                    .except(RULE_FILE, Expectation.named(2, "rule file error", "not a regular file"))
                    .except(SUPPRESSION_FILE, Expectation.named(2, "suppression file error", "not a regular file")),
            custom("symbolic link to itself", CONFIG, home -> link(home.resolve(CONFIG), Path.of("config.json")))
                    .skipped("cannot be followed")
                    .except(ENV, Expectation.named(0, "skipped", "not a regular file"))
                    .except(FIX_DRY_RUN, Expectation.named(1, "refused", "cannot be followed"))
                    .except(RULE_FILE, Expectation.named(2, "rule file error", "no such rule file"))
                    .except(SUPPRESSION_FILE, Expectation.named(2, "suppression file error")),
            custom("two symbolic links pointing at each other", CONFIG, home -> {
                link(home.resolve(".docker/other.json"), Path.of("config.json"));
                link(home.resolve(CONFIG), Path.of("other.json"));
            })
                    .skipped("cannot be followed")
                    .except(ENV, Expectation.named(0, "skipped", "not a regular file"))
                    .except(RULE_FILE, Expectation.named(2, "rule file error", "no such rule file"))
                    .except(SUPPRESSION_FILE, Expectation.named(2, "suppression file error")),
            custom("directory links that loop", CONFIG, home -> {
                HostileInput.write(home.resolve(CONFIG), "{\"auths\": {\"docker.io\": {}}}".getBytes(StandardCharsets.UTF_8));
                link(home.resolve("loop"), Path.of("."));
                link(home.resolve(".docker/up"), Path.of(".."));
            })
                    .finds("docker/hub-key", "docker.io")
                    .except(ENV_VARIABLE, Expectation.named(1, "docker/hub-key"))
                    .except(FIX_DRY_RUN, Expectation.named(0, "would fix")),
            custom("dangling symbolic link", CONFIG, home -> link(home.resolve(CONFIG), Path.of("gone.json")))
                    .skipped("dangling symbolic link")
                    .except(ENV, Expectation.silent(0))
                    .except(RULE_FILE, Expectation.named(2, "rule file error", "no such rule file"))
                    .except(SUPPRESSION_FILE, Expectation.named(2, "suppression file error")),
            custom("symbolic link out of the tree", CONFIG, home -> {
                Path outside = outside(home).resolve("config.json");
                HostileInput.write(outside, "{\"auths\": {\"docker.io\": {}}}".getBytes(StandardCharsets.UTF_8));
                link(home.resolve(CONFIG), outside);
            })
                    .skipped("outside the scanned root")
                    // env follows the link as the Docker CLI does: the file is the job's own configuration
                    .except(ENV, Expectation.named(1, "docker/hub-key"))
                    .except(RULE_FILE, Expectation.named(2, "rule file error"))
                    .except(SUPPRESSION_FILE, Expectation.named(2, "suppression file error")),
            // --- CI files: YAML that a pull request controls -----------------------------------------------------
            file("CI file nested 50,000 deep", CI_FILE, "a: ".concat("[".repeat(50_000)).getBytes(StandardCharsets.UTF_8))
                    .skipped("not valid YAML (line 1, column 1)")
                    .notFor(ENV),
            file("3 MB CI file", CI_FILE, ("variables:\n  DOCKER_AUTH_CONFIG: '" + "x".repeat(3 * 1024 * 1024) + "'\n")
                    .getBytes(StandardCharsets.UTF_8))
                    .large()
                    .skipped("longer than 2 Mi characters")
                    .notFor(ENV),
            custom("100 MB CI file", CI_FILE, home -> sparse(home.resolve(CI_FILE), HUNDRED_MB))
                    .large()
                    .skipped("larger than 8 MiB")
                    .notFor(ENV),
            file("CI file with a billion laughs", CI_FILE, billionLaughs().getBytes(StandardCharsets.UTF_8))
                    .harmless()
                    .notFor(ENV),
            file("CI file with a broken DOCKER_AUTH_CONFIG", CI_FILE, ("variables:\n  DOCKER_AUTH_CONFIG: "
                    + "'{\"auths\": {\"r.example.com\": {\"auth\": \"x\"}},}'\n").getBytes(StandardCharsets.UTF_8))
                    .unparsable("trailing comma")
                    .except(FIX_DRY_RUN, Expectation.named(0, "not rewritten"))
                    .notFor(ENV),
            // --- names -------------------------------------------------------------------------------------------
            custom("file name with escape sequences and a line break", "evil\u001b[2J\n/" + CONFIG,
                    home -> HostileInput.write(home.resolve("evil\u001b[2J\n/" + CONFIG),
                            "{\"auths\": {\"docker.io\": {}}}".getBytes(StandardCharsets.UTF_8)))
                    .finds("docker/hub-key")
                    .except(FIX_DRY_RUN, Expectation.named(0, "would fix"))
                    .notFor(ENV, RULE_FILE, SUPPRESSION_FILE),
            custom("file name that is not UTF-8", "bad\ufffd/" + CONFIG, home -> shell(home,
                    "mkdir -p \"$(printf 'bad\\377')/.docker\" && printf '{\"auths\": {\"docker.io\": {}}}' "
                            + "> \"$(printf 'bad\\377')/.docker/config.json\""))
                    .finds("docker/hub-key")
                    .except(FIX_DRY_RUN, Expectation.named(0, "would fix"))
                    .notFor(ENV, RULE_FILE, SUPPRESSION_FILE));

    // --- generators ------------------------------------------------------------------------------------------------

    static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    private static byte[] utf16(boolean byteOrderMark, String text) {
        byte[] encoded = text.getBytes(byteOrderMark ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        if (!byteOrderMark) {
            return encoded;
        }
        byte[] withMark = new byte[encoded.length + 2];
        withMark[0] = (byte) 0xFF;
        withMark[1] = (byte) 0xFE;
        System.arraycopy(encoded, 0, withMark, 2, encoded.length);
        return withMark;
    }

    /** A file of {@code size} bytes that takes no disk space: every byte reads as zero. */
    static void sparse(Path file, long size) throws IOException {
        Files.createDirectories(file.getParent());
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
    }

    /** A JSON document of {@code size} bytes that starts like a credential file, written as a stream. */
    static void streamedJson(Path file, long size) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] head = "{\"auths\": {\"r.example.com\": {\"auth\": \"".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\"}}}".getBytes(StandardCharsets.US_ASCII);
        byte[] chunk = "QUFB".repeat(16 * 1024).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            out.write(head);
            long left = size - head.length - tail.length;
            while (left > 0) {
                int n = (int) Math.min(chunk.length, left);
                out.write(chunk, 0, n);
                left -= n;
            }
            out.write(tail);
        }
    }

    /** Entries that each trip four rules: a path key, an echo newline in auth, an email, an unknown field. */
    static String manyFindings(int entries) {
        StringBuilder json = new StringBuilder("{\"auths\": {");
        for (int i = 0; i < entries; i++) {
            json.append(i == 0 ? "" : ",").append("\"R").append(i)
                    .append(".example.com/v2/\": {\"auth\": \"dTpwCg==\", \"email\": \"e\"}");
        }
        return json.append("}}").toString();
    }

    static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*" + (char) (c - 1)))).append("]\n");
        }
        return yaml.toString();
    }

    /** A directory of the input's own outside the corpus: a scan of the whole corpus does not reach it either. */
    static Path outside(Path home) {
        return home.getParent().resolveSibling("outside").resolve(home.getFileName());
    }

    private static void link(Path link, Path target) throws IOException {
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, target);
    }

    /** Runs a shell command in the home: for file names Java cannot write (they are not text in any encoding). */
    private static void shell(Path home, String command) throws IOException {
        Files.createDirectories(home);
        try {
            Process process = new ProcessBuilder("sh", "-c", command).directory(home.toFile())
                    .redirectErrorStream(true).start();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("sh failed: " + new String(process.getInputStream().readAllBytes(),
                        StandardCharsets.UTF_8).trim());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** A FIFO or device node made with the system's tool; an {@link IOException} if the machine does not allow it. */
    private static void special(Path file, String... command) throws IOException {
        Files.createDirectories(file.getParent());
        String[] full = new String[command.length + 1];
        full[0] = command[0];
        full[1] = file.toString();
        System.arraycopy(command, 1, full, 2, command.length - 1);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(command[0] + " failed: " + new String(process.getInputStream().readAllBytes(),
                        StandardCharsets.UTF_8).trim());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
