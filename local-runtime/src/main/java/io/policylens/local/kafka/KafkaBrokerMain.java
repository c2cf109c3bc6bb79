package io.policylens.local.kafka;

import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Entry point of the broker's child JVM: formats the KRaft log directory (once) and runs Apache Kafka as a
 * combined broker and controller. Kept in its own JVM so the broker's heap, threads and logging never mix
 * with the test JVM's, and so a test can stop and restart it like a real outage.
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    /** {@code args[0]}: the server.properties path. */
    public static void main(String[] args) throws IOException {
        String properties = args[0];
        if (!isFormatted(Path.of(properties))) {
            format(properties);
        }
        kafka.Kafka.main(new String[] {properties});
    }

    /** A restart keeps the data and its cluster id: formatting again would give it a new one. */
    private static boolean isFormatted(Path properties) throws IOException {
        Properties config = new Properties();
        try (var reader = Files.newBufferedReader(properties)) {
            config.load(reader);
        }
        return Files.exists(Path.of(config.getProperty("log.dirs"), "meta.properties"));
    }

    private static void format(String properties) {
        int formatted = kafka.tools.StorageTool.execute(new String[] {
                "format", "-t", Uuid.randomUuid().toString(), "-c", properties, "--ignore-formatted"},
                new PrintStream(System.out, true));
        if (formatted != 0) {
            System.exit(formatted);
        }
    }
}
