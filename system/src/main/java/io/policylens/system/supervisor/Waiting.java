package io.policylens.system.supervisor;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Polling, probes and log tails: what the start and stop of every part wait with. */
public final class Waiting {

    // HTTP/1.1: the client's default HTTP/2 first asks for an h2c upgrade, which costs a round trip per probe
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();

    private Waiting() {
    }

    /** Polls {@code condition} every {@code interval} until it holds (true) or {@code timeout} passed (false). */
    public static boolean until(BooleanSupplier condition, Duration timeout, Duration interval) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            sleep(interval);
        }
    }

    /**
     * Waits until a starting part is {@code ready}; fails with its log's tail when it stops being {@code alive} first
     * ("failed to start") or after the timeout ("not ready within").
     */
    public static void awaitStart(String part, Path log, BooleanSupplier ready, BooleanSupplier alive,
            Duration timeout, Duration interval) {
        boolean started = until(() -> {
            if (ready.getAsBoolean()) {
                return true;
            }
            if (!alive.getAsBoolean()) {
                showTail(log, 40);
                throw new StackFailure(part + " failed to start (log: " + log + ")");
            }
            return false;
        }, timeout, interval);
        if (!started) {
            showTail(log, 40);
            throw new StackFailure(part + " not ready within " + timeout.toSeconds() + "s (log: " + log + ")");
        }
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackFailure("interrupted");
        }
    }

    /** True when a GET answers below 400 within 3 s (what curl -f checked). */
    public static boolean answers(URI uri) {
        try {
            int status = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            return status < 400;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** True when something accepts TCP connections on 127.0.0.1:port. */
    public static boolean portOpen(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** True when a log contains a line (a part's ready line). */
    public static boolean logContains(Path log, String text) {
        try {
            return Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    /** The last lines of a log to stderr: what a failed start shows before it gives up. */
    public static void showTail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, java.nio.charset.StandardCharsets.ISO_8859_1);
            all.subList(Math.max(0, all.size() - lines), all.size()).forEach(System.err::println);
        } catch (IOException e) {
            // no log: nothing to show
        }
    }
}
