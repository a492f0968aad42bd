package dev.configunit.clients;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code docker-registry} (distribution 2.8) on 127.0.0.1 with htpasswd auth, for real-client tests.
 */
final class LocalRegistry implements AutoCloseable {

    static final String USER = "ciuser";

    private final Process process;
    private final int port;

    private LocalRegistry(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static boolean available() {
        return onPath("docker-registry") && onPath("htpasswd");
    }

    static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** Starts a registry whose only user is {@link #USER} with {@code password}. */
    static LocalRegistry start(Path dir, String password) throws IOException, InterruptedException {
        Path htpasswd = dir.resolve("htpasswd");
        Process hash = new ProcessBuilder("htpasswd", "-Bbn", USER, password).redirectErrorStream(false).start();
        byte[] line = hash.getInputStream().readAllBytes();
        if (hash.waitFor() != 0) {
            throw new IOException("htpasswd failed");
        }
        Files.write(htpasswd, line);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path config = dir.resolve("config.yml");
        Files.writeString(config, String.join("\n", List.of(
                "version: 0.1",
                "log:",
                "  level: error",
                "storage:",
                "  filesystem:",
                "    rootdirectory: " + dir.resolve("data"),
                "http:",
                "  addr: 127.0.0.1:" + port,
                "auth:",
                "  htpasswd:",
                "    realm: configunit",
                "    path: " + htpasswd,
                "")));
        Process process = new ProcessBuilder("docker-registry", "serve", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("registry.log").toFile())
                .start();
        LocalRegistry registry = new LocalRegistry(process, port);
        registry.awaitUp();
        return registry;
    }

    private void awaitUp() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("docker-registry exited with " + process.exitValue());
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/v2/")
                        .toURL().openConnection();
                connection.setConnectTimeout(500);
                if (connection.getResponseCode() == 401) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IOException("docker-registry did not answer within 20 s");
    }

    /** {@code 127.0.0.1:PORT}, the registry's {@code host[:port]} key. */
    String host() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
