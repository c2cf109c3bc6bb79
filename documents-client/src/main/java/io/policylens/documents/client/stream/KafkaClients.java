package io.policylens.documents.client.stream;

import io.policylens.common.kafka.KafkaConnection;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.util.Map;

/**
 * Short-lived Kafka clients for the admin side of the kit (lag, dead letters), configured like the channels: the
 * {@code kafka.*} properties the connector uses (bootstrap servers, security) that Quarkus exposes as
 * {@code default-kafka-broker}.
 */
@ApplicationScoped
public class KafkaClients {

    private static final int TIMEOUT_MS = 5_000;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> brokerConfig;

    public Admin admin() {
        Map<String, Object> config = common();
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
        return Admin.create(config);
    }

    /** A consumer that reads by assignment; with a group id it can also read and commit that group's offsets. */
    public KafkaConsumer<String, String> consumer(String groupId) {
        Map<String, Object> config = common();
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
        if (groupId != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        }
        return new KafkaConsumer<>(config);
    }

    private Map<String, Object> common() {
        return KafkaConnection.settings(brokerConfig);
    }
}
