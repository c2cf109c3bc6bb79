package io.policylens.common.kafka;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaConnectionTest {

    @Test
    void keepsBootstrapServersAndEverySecuritySetting() {
        Map<String, Object> settings = KafkaConnection.settings(Map.of(
                "bootstrap.servers", "kafka:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "ssl.truststore.type", "PEM"));

        assertThat(settings).containsOnlyKeys("bootstrap.servers", "security.protocol", "sasl.mechanism",
                "sasl.jaas.config", "ssl.truststore.type");
        assertThat(settings.get("security.protocol")).isEqualTo("SASL_SSL");
    }

    @Test
    void leavesOutSettingsOfOneClientType() {
        Map<String, Object> settings = KafkaConnection.settings(Map.of(
                "bootstrap.servers", "kafka:9092", "group.id", "policylens-claims", "auto.offset.reset", "earliest",
                "kafka.devservices.enabled", "false"));

        assertThat(settings).containsOnlyKeys("bootstrap.servers");
    }

    @Test
    void theResultCanBeExtendedByTheCaller() {
        Map<String, Object> settings = KafkaConnection.settings(Map.of("bootstrap.servers", "kafka:9092"));
        settings.put("client.id", "documents-change-relay");

        assertThat(settings).containsEntry("client.id", "documents-change-relay");
    }
}
