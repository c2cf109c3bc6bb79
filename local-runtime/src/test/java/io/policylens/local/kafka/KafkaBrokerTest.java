package io.policylens.local.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KafkaBrokerTest {

    @Test
    void producesAndConsumesOneRecordAndSurvivesARestart() throws Exception {
        long started = System.nanoTime();
        try (KafkaBroker broker = KafkaBroker.startNew()) {
            System.out.printf("kafka broker started in %d ms, RSS %s%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), rss(broker.pid()));
            send(broker, "greeting", "hello");
            assertEquals(List.of("greeting=hello"), readAll(broker, 1));

            broker.stop();
            assertFalse(broker.isRunning());
            broker.start();
            assertTrue(broker.isRunning());
            send(broker, "greeting", "again");
            assertEquals(List.of("greeting=hello", "greeting=again"), readAll(broker, 2));
        }
    }

    private static void send(KafkaBroker broker, String key, String value) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("smoke", key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> readAll(KafkaBroker broker, int expected) {
        List<String> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(new org.apache.kafka.common.TopicPartition("smoke", 0)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (seen.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    seen.add(record.key() + "=" + record.value());
                }
            }
        }
        return seen;
    }

    private static String rss(long pid) throws Exception {
        return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                .filter(line -> line.startsWith("VmRSS")).findFirst().orElse("?").replaceAll("\\s+", " ");
    }
}
