package dev.configunit.image;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An OCI distribution registry in the test's own process, on 127.0.0.1, serving one image: anonymous, with basic
 * auth, or with bearer tokens; blobs optionally redirected to a "storage" path.
 */
final class FakeRegistry implements AutoCloseable {

    enum Auth { NONE, BASIC, BEARER }

    private final HttpServer server;
    private final Map<String, byte[]> blobs = new HashMap<>();
    private final Map<String, byte[]> manifests = new HashMap<>();
    final List<String> requests = new CopyOnWriteArrayList<>();
    private final String basic = "Basic " + Base64.getEncoder().encodeToString("ci:FAKE-REGISTRY-PW".getBytes(StandardCharsets.UTF_8));
    private final Auth auth;
    private final boolean redirectBlobs;

    FakeRegistry(TestImage image, String repository, String tag, Auth auth, boolean redirectBlobs) throws IOException {
        this.auth = auth;
        this.redirectBlobs = redirectBlobs;
        TestImage.Built built = image.build(TestImage.Compression.GZIP);
        blobs.put(built.config().digest(), built.config().bytes());
        built.layerBlobs().forEach(b -> blobs.put(b.digest(), b.bytes()));
        manifests.put("/v2/" + repository + "/manifests/" + tag, built.manifest().bytes());
        manifests.put("/v2/" + repository + "/manifests/" + built.manifest().digest(), built.manifest().bytes());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String host() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Replaces a blob's bytes (a registry serving something else than the digest). */
    void tamper(String digest, byte[] bytes) {
        blobs.put(digest, bytes);
    }

    void remove(String digest) {
        blobs.remove(digest);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        requests.add(path + (authorization == null ? "" : " [" + authorization.split(" ")[0] + "]"));
        if (path.equals("/token")) {
            if (!basic.equals(authorization)) {
                reply(exchange, 401, "{}".getBytes(StandardCharsets.UTF_8), Map.of());
                return;
            }
            reply(exchange, 200, "{\"token\":\"tok-123\"}".getBytes(StandardCharsets.UTF_8), Map.of());
            return;
        }
        if (path.startsWith("/storage/")) {
            byte[] blob = blobs.get(path.substring("/storage/".length()));
            reply(exchange, blob == null ? 404 : 200, blob == null ? new byte[0] : blob, Map.of());
            return;
        }
        if (!authorized(authorization)) {
            String challenge = auth == Auth.BASIC ? "Basic realm=\"fake\""
                    : "Bearer realm=\"http://" + host() + "/token\",service=\"fake\",scope=\"repository:ci/app:pull\"";
            reply(exchange, 401, new byte[0], Map.of("WWW-Authenticate", challenge));
            return;
        }
        byte[] manifest = manifests.get(path);
        if (manifest != null) {
            reply(exchange, 200, manifest, Map.of("Content-Type", "application/vnd.oci.image.manifest.v1+json"));
            return;
        }
        int blobsAt = path.indexOf("/blobs/");
        if (blobsAt > 0) {
            String digest = path.substring(blobsAt + "/blobs/".length());
            if (redirectBlobs && blobs.containsKey(digest)) {
                reply(exchange, 307, new byte[0], Map.of("Location", "/storage/" + digest));
                return;
            }
            byte[] blob = blobs.get(digest);
            reply(exchange, blob == null ? 404 : 200, blob == null ? new byte[0] : blob, Map.of());
            return;
        }
        reply(exchange, 404, new byte[0], Map.of());
    }

    private boolean authorized(String authorization) {
        return switch (auth) {
            case NONE -> true;
            case BASIC -> basic.equals(authorization);
            case BEARER -> "Bearer tok-123".equals(authorization);
        };
    }

    private static void reply(HttpExchange exchange, int status, byte[] body, Map<String, String> headers) throws IOException {
        headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
