package io.policylens.local.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real single-node Apache Kafka (KRaft, broker and controller in one process) in a child JVM, without
 * Docker: the broker classes come from the caller's (a test's) class path, the data lives in a temporary directory.
 * {@link #stop()} and {@link #start()} again keep the port and the data, so a test can simulate an outage.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final int port;
    private final Path directory;
    private final Path properties;
    private ProcessHandle process;

    private KafkaBroker(int port, Path directory, ProcessHandle process) {
        this.port = port;
        this.directory = directory;
        this.properties = directory.resolve("server.properties");
        this.process = process;
    }

    /** A handle on a broker this JVM started earlier (its port, directory and child process id, -1 if stopped). */
    public static KafkaBroker attach(int port, Path directory, long pid) {
        return new KafkaBroker(port, directory, ProcessHandle.of(pid).orElse(null));
    }

    public int port() {
        return port;
    }

    public Path directory() {
        return directory;
    }

    /** Starts a new broker on free ports and waits until it answers. */
    public static KafkaBroker startNew() {
        try {
            int port = freePort();
            Path directory = Files.createTempDirectory("policylens-kafka");
            write(directory.resolve("server.properties"),
                    BrokerProperties.render(port, freePort(), directory.resolve("data")));
            KafkaBroker broker = new KafkaBroker(port, directory, null);
            broker.start();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** The child's process id, while it runs (-1 otherwise). */
    public long pid() {
        return isRunning() ? process.pid() : -1;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts the child JVM (again) and waits until the broker serves metadata. */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx192m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                KafkaBrokerMain.class.getName(), properties.toString());
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("broker.log").toFile()))
                    .start().toHandle();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Kafka child JVM", e);
        }
        ProcessHandle child = process;
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroyForcibly));
        awaitReady();
    }

    /** Stops the broker (SIGTERM, then a kill after 20 s), keeping its data for a later {@link #start()}. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            process.onExit().get(20, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            process.destroyForcibly();
            process.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(config)) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka exited, see "
                            + directory.resolve("broker.log"));
                }
                try {
                    if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    sleep(200);
                }
            }
        }
        throw new IllegalStateException("Kafka did not start within " + START_TIMEOUT + ", see "
                + directory.resolve("broker.log"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
