package io.policylens.system.supervisor;

import io.policylens.system.stack.StackConfig;

import java.util.LinkedHashMap;
import java.util.Map;

/** The environment a service of the local stack runs with (its prod profile reads these variables). */
public record ServiceEnvironment(StackContext stack) {

    public Map<String, String> of(String service) {
        StackConfig config = stack.config();
        String pg = "jdbc:postgresql://127.0.0.1:" + config.postgresPort();
        String kafka = config.kafkaBootstrapServers();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HTTP_HOST", "127.0.0.1");
        env.put("MANAGEMENT_PORT", Integer.toString(config.management(service).getPort()));
        env.put("OIDC_AUTH_SERVER_URL", config.issuer().toString());
        env.put("JSON_LOGS", stack.env("JSON_LOGS", "false"));
        switch (service) {
            case "documents-service" -> {
                database(env, "DOCUMENTS", config.documentsPort(), pg + "/documents");
                // the change relay publishes every change to the stack's Kafka (it creates its topic itself)
                env.put("POLICYLENS_CHANGES_KAFKA_ENABLED", stack.env("POLICYLENS_CHANGES_KAFKA_ENABLED", "true"));
                env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
            }
            case "claims-service", "recommendations-service" -> {
                String name = service.replace("-service", "").toUpperCase(java.util.Locale.ROOT);
                database(env, name, config.service(service).getPort(), pg + "/" + service.replace("-service", ""));
                env.put("DOCUMENTS_URL", config.service("documents-service").toString());
                // changes come from the Kafka topic, in the service's consumer group (replicas share its partitions)
                env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
                env.put("OIDC_CLIENT_ID", service);
                env.put("OIDC_CLIENT_SECRET", stack.realm().secret(service)
                        .orElseThrow(() -> new StackFailure("no secret for " + service + " in " + config.realmFile())));
            }
            case "gateway" -> {
                env.put("GATEWAY_PORT", Integer.toString(config.gatewayPort()));
                for (String target : new String[] {"documents-service", "claims-service", "recommendations-service"}) {
                    env.put(target.replace("-service", "").toUpperCase(java.util.Locale.ROOT) + "_URL",
                            config.service(target).toString());
                }
                for (String target : new String[] {"documents-service", "claims-service", "recommendations-service"}) {
                    env.put(target.replace("-service", "").toUpperCase(java.util.Locale.ROOT) + "_MANAGEMENT_URL",
                            config.management(target).toString());
                }
                env.put("SWAGGER_CLIENT_ID", "policylens-swagger");
            }
            default -> throw new IllegalArgumentException("not a service: " + service);
        }
        return env;
    }

    /** &lt;NAME&gt;_PORT and its database: &lt;NAME&gt;_DB_URL/USER/PASSWORD, each overridable. */
    private void database(Map<String, String> env, String name, int port, String defaultUrl) {
        env.put(name + "_PORT", Integer.toString(port));
        env.put(name + "_DB_URL", stack.env(name + "_DB_URL", defaultUrl));
        env.put(name + "_DB_USER", stack.env(name + "_DB_USER", "policylens"));
        env.put(name + "_DB_PASSWORD", stack.env(name + "_DB_PASSWORD", "policylens"));
    }
}
