package io.policylens.local.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * A real single-node Apache Kafka (KRaft) for running the services on a developer's machine, without Docker: the
 * broker jars come from Maven, the data directory persists between runs (formatted once, so a restart keeps the
 * topics, the offsets and the cluster id). Prints {@value #READY_MARKER} once the broker serves metadata and runs
 * until the JVM is stopped (SIGTERM / Ctrl-C), which shuts the broker down cleanly. Topics are created by their
 * users (documents-service's change relay creates its own), none here.
 *
 * <p>Usage: {@code java -cp <local-runtime classpath> io.policylens.local.kafka.LocalKafka
 * [--port 9092] [--controller-port 9093] [--data DIR]}. Listens on 127.0.0.1 only; the generated
 * server.properties is written beside the data directory on every start (ports may change between runs).
 */
public final class LocalKafka {

    public static final String READY_MARKER = "LocalKafka ready";

    /**
     * Warnings and errors of every logger, plus the broker's start and stop and the topics it creates: Kafka's full
     * INFO output repeats its whole configuration on every start. Held here because JUL keeps loggers weakly.
     */
    private static final List<Logger> LOGGERS = List.of(Logger.getLogger(""),
            Logger.getLogger("kafka.server.KafkaRaftServer"), Logger.getLogger("kafka.server.BrokerServer"),
            Logger.getLogger("kafka.server.ControllerServer"),
            Logger.getLogger("org.apache.kafka.controller.ReplicationControlManager"));
    /**
     * The readiness probe's own "connection refused" warnings while the broker starts say nothing: muted until ready.
     */
    private static final Logger PROBE_CONNECTIONS = Logger.getLogger("org.apache.kafka.clients.NetworkClient");

    private LocalKafka() {
    }

    public static void main(String[] args) throws IOException {
        int port = 9092;
        Integer controllerPort = null;
        Path data = Path.of(".policylens", "kafka", "data");
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(require(args[i], value));
                case "--controller-port" -> controllerPort = Integer.parseInt(require(args[i], value));
                case "--data" -> data = Path.of(require(args[i], value));
                default -> {
                    System.err.println("unknown argument " + args[i]);
                    System.exit(2);
                }
            }
            i++;
        }
        configureLogging();
        data = data.toAbsolutePath();
        Files.createDirectories(data);
        Path properties = data.resolveSibling("server.properties");
        Files.writeString(properties,
                BrokerProperties.render(port, controllerPort == null ? port + 1 : controllerPort, data));
        announceWhenReady(port, data);
        KafkaBrokerMain.main(new String[] {properties.toString()}); // blocks until the broker shuts down
    }

    /**
     * Kafka.main blocks while the broker runs: readiness is watched from a side thread with a short-lived admin client.
     */
    private static void announceWhenReady(int port, Path data) {
        PROBE_CONNECTIONS.setLevel(Level.SEVERE);
        Thread watcher = new Thread(() -> {
            Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
            try (Admin admin = Admin.create(config)) {
                while (true) {
                    try {
                        if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                            System.out.printf("%s: 127.0.0.1:%d, data %s%n", READY_MARKER, port, data);
                            System.out.flush();
                            return;
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (Exception notYet) {
                        Thread.sleep(200);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                PROBE_CONNECTIONS.setLevel(null);
            }
        }, "local-kafka-ready");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void configureLogging() {
        Logger root = LOGGERS.get(0);
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        Handler out = new StreamHandler(System.out, new Formatter() {
            @Override
            public String format(LogRecord record) {
                String line = Instant.ofEpochMilli(record.getMillis()) + " " + record.getLevel() + " ["
                        + record.getLoggerName() + "] " + formatMessage(record) + System.lineSeparator();
                return record.getThrown() == null ? line : line + record.getThrown() + System.lineSeparator();
            }
        }) {
            @Override
            public synchronized void publish(LogRecord record) {
                super.publish(record);
                flush();
            }
        };
        out.setLevel(Level.ALL);
        root.addHandler(out);
        root.setLevel(Level.WARNING);
        LOGGERS.subList(1, LOGGERS.size()).forEach(logger -> logger.setLevel(Level.INFO));
    }

    private static String require(String name, String value) {
        if (value == null) {
            System.err.println(name + " needs a value");
            System.exit(2);
        }
        return value;
    }
}
