package io.policylens.system.bench;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analysis load's HTTP client against the JDK's HTTP server: fixed and chunked bodies, reuse, a closed connection.
 */
class KeepAliveConnectionTest {

    private HttpServer server;
    private final Set<String> peers = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void start() throws IOException {
        start(0);
    }

    private void start(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> {
            peers.add(exchange.getRemoteAddress().toString());
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            String sent = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            byte[] body = ("{\"path\":\"" + exchange.getRequestURI() + "\",\"auth\":\"" + auth
                    + "\",\"degraded\":true,\"pad\":\""
                    + "x".repeat(20_000) + "\",\"method\":\"" + exchange.getRequestMethod() + "\",\"type\":\""
                    + exchange.getRequestHeaders().getFirst("Content-Type") + "\",\"sent\":"
                    + (sent.isEmpty() ? "null" : sent) + "}").getBytes(StandardCharsets.UTF_8);
            boolean chunked = exchange.getRequestURI().getPath().startsWith("/chunked");
            int status = exchange.getRequestURI().getPath().endsWith("/missing") ? 404 : 200;
            exchange.sendResponseHeaders(status, chunked ? 0 : body.length); // 0 = chunked in the JDK server
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < body.length; i += 7_000) {
                    out.write(body, i, Math.min(7_000, body.length - i));
                    out.flush();
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Test
    void readsFixedAndChunkedBodiesOverOneConnection() throws IOException {
        try (KeepAliveConnection connection = new KeepAliveConnection(base())) {
            KeepAliveConnection.Answer fixed = connection.get("/fixed/1", "t1");
            KeepAliveConnection.Answer chunked = connection.get("/chunked/2", "t2");
            KeepAliveConnection.Answer missing = connection.get("/fixed/missing", "t3");

            assertThat(fixed.status()).isEqualTo(200);
            assertThat(new String(fixed.body(), StandardCharsets.UTF_8))
                    .startsWith("{\"path\":\"/fixed/1\",\"auth\":\"Bearer t1\"")
                    .endsWith("\"method\":\"GET\",\"type\":\"null\",\"sent\":null}");
            assertThat(chunked.body()).hasSize(fixed.body().length + 2); // "/chunked/2" is two characters longer
            assertThat(new String(chunked.body(), StandardCharsets.UTF_8)).contains("\"auth\":\"Bearer t2\"")
                    .endsWith("null}");
            assertThat(missing.status()).isEqualTo(404);
            assertThat(chunked.bodyContains("\"degraded\":true".getBytes(StandardCharsets.US_ASCII))).isTrue();
            assertThat(chunked.bodyContains("\"degraded\":false".getBytes(StandardCharsets.US_ASCII))).isFalse();
        }
        assertThat(peers).hasSize(1);
    }

    @Test
    void postsAJsonBodyOnTheSameConnection() throws IOException {
        try (KeepAliveConnection connection = new KeepAliveConnection(base())) {
            connection.get("/fixed/1", "t");
            KeepAliveConnection.Answer posted = connection.postJson("/chunked/documents", "t",
                    "{\"content\":\"Seoul should act.\"}".getBytes(StandardCharsets.UTF_8));
            assertThat(new String(posted.body(), StandardCharsets.UTF_8))
                    .endsWith("\"method\":\"POST\",\"type\":\"application/json\","
                            + "\"sent\":{\"content\":\"Seoul should act.\"}}");
        }
        assertThat(peers).hasSize(1);
    }

    @Test
    void reconnectsOnceWhenTheServerClosedTheConnection() throws IOException {
        try (KeepAliveConnection connection = new KeepAliveConnection(base())) {
            connection.get("/fixed/1", "t");
            int port = server.getAddress().getPort();
            server.stop(0);
            start(port);
            assertThat(connection.get("/fixed/2", "t").status()).isEqualTo(200);
        }
    }
}
