package io.policylens.system.stack;

import java.util.List;
import java.util.Locale;

/** The names of the parts of the local stack, as the launcher's scripts spell them. */
public final class StackParts {

    public static final List<String> SERVICES = List.of("documents-service", "claims-service",
            "recommendations-service", "gateway");
    /** The Kafka broker (local-runtime's LocalKafka), a JVM of its own like the services. */
    public static final String KAFKA = "kafka";
    /** The JVMs whose memory and CPU the system benchmark reports one by one: the services and the broker. */
    public static final List<String> MEASURED = List.of("documents-service", "claims-service",
            "recommendations-service", "gateway", KAFKA);
    /** The second replicas the end-to-end tests and the benchmark may run (LocalStack.startReplica). */
    public static final List<String> REPLICAS = List.of("claims-service-2", "recommendations-service-2");

    private StackParts() {
    }

    /** documents | documents-service → documents-service; gateway → gateway; anything else fails. */
    public static String serviceName(String name) {
        String n = name.toLowerCase(Locale.ROOT).strip();
        String full = n.equals("gateway") || n.endsWith("-service") ? n : n + "-service";
        if (!SERVICES.contains(full)) {
            throw new IllegalArgumentException("unknown service '" + name
                    + "' (documents, claims, recommendations, gateway)");
        }
        return full;
    }
}
