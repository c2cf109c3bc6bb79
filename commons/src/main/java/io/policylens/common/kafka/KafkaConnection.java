package io.policylens.common.kafka;

import java.util.HashMap;
import java.util.Map;

/**
 * The connection part of Quarkus's {@code default-kafka-broker} configuration (every {@code kafka.*} property,
 * e.g. from KAFKA_SECURITY_PROTOCOL or KAFKA_SASL_JAAS_CONFIG): bootstrap servers and the security settings. Clients
 * built by hand (the change relay's producer, the consumer kit's admin clients) start from it, so they reach a
 * TLS or SASL listener exactly as the messaging channels do; settings of one client type (a consumer's group id,
 * say) are left out because other client types reject or warn about them.
 */
public final class KafkaConnection {

    private KafkaConnection() {
    }

    /** A new mutable map with bootstrap servers and every {@code security.*}, {@code sasl.*}, {@code ssl.*} entry. */
    public static Map<String, Object> settings(Map<String, Object> brokerConfig) {
        Map<String, Object> config = new HashMap<>();
        brokerConfig.forEach((key, value) -> {
            if (key.equals("bootstrap.servers") || key.startsWith("security.") || key.startsWith("sasl.")
                    || key.startsWith("ssl.")) {
                config.put(key, value);
            }
        });
        return config;
    }
}
