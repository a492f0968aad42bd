package dev.configunit.clients;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of a real client (skopeo, the Docker CLI) with its exit code and output.
 */
record ClientRun(int exitCode, String output) {

    boolean ok() {
        return exitCode == 0;
    }

    static ClientRun of(List<String> command, Map<String, String> environment, Path workDir)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(workDir.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(command.get(0) + " did not finish within 60 s");
        }
        return new ClientRun(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
