package io.policylens.system.stack;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the parts of a local stack listen. The defaults are those of {@code ./policylens up}; every port can be
 * overridden with the same environment variables the launcher reads (GATEWAY_PORT, KEYCLOAK_PORT, ...), so the
 * tool always talks to the stack the scripts started.
 */
public record StackConfig(int gatewayPort, int documentsPort, int claimsPort, int recommendationsPort, int keycloakPort,
                          int postgresPort, int kafkaPort, int kafkaControllerPort, Path realmFile) {

    public static final String REALM = "policylens";
    /** A service's management port is its API port plus this. */
    public static final int MANAGEMENT_PORT_OFFSET = 1000;
    /** The second replica of claims- or recommendations-service listens on the first one's port plus this. */
    public static final int REPLICA_PORT_OFFSET = 20;

    /** Reads the ports from an environment map (missing entries take the launcher's defaults). */
    public static StackConfig fromEnvironment(Map<String, String> env, Path repoRoot) {
        int kafka = port(env, "KAFKA_PORT", 9092);
        return new StackConfig(
                port(env, "GATEWAY_PORT", 8080),
                port(env, "DOCUMENTS_PORT", 8081),
                port(env, "CLAIMS_PORT", 8082),
                port(env, "RECOMMENDATIONS_PORT", 8083),
                port(env, "KEYCLOAK_PORT", 8180),
                port(env, "POLICYLENS_PG_PORT", 5433),
                kafka,
                port(env, "KAFKA_CONTROLLER_PORT", kafka + 1),
                repoRoot.resolve("dev/keycloak/policylens-realm.json"));
    }

    public URI gateway() {
        return local(gatewayPort);
    }

    /** Keycloak's realm URL: the issuer the services are configured with. Always 127.0.0.1, never localhost:
     *  Keycloak's dev mode derives the issuer from the host name of the request. */
    public URI issuer() {
        return URI.create(local(keycloakPort) + "/realms/" + REALM);
    }

    /** The bootstrap servers of the stack's Kafka broker (what the services get as KAFKA_BOOTSTRAP_SERVERS). */
    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    public URI keycloak() {
        return local(keycloakPort);
    }

    /** The base URL of a service by its short or full name (documents, claims-service, gateway...). */
    public URI service(String name) {
        return switch (StackParts.serviceName(name)) {
            case "documents-service" -> local(documentsPort);
            case "claims-service" -> local(claimsPort);
            case "recommendations-service" -> local(recommendationsPort);
            case "gateway" -> local(gatewayPort);
            default -> throw new IllegalArgumentException("not a service: " + name);
        };
    }

    /**
     * The management interface of a service (health, metrics, /internal/data-version): its API port + 1000, the rule
     * the stack tool's ServiceEnvironment gives each service (MANAGEMENT_PORT). The API port serves none of these.
     */
    public URI management(String name) {
        return local(service(name).getPort() + MANAGEMENT_PORT_OFFSET);
    }

    /**
     * The API port of a service's second replica (claims- and recommendations-service run one in e2e tests and bench).
     */
    public int replicaPort(String name) {
        return service(name).getPort() + REPLICA_PORT_OFFSET;
    }

    /**
     * The management interface of a part: a service ({@code claims}) or its second replica ({@code claims-service-2}).
     */
    public URI managementOf(String part) {
        if (part.endsWith("-2")) {
            return local(replicaPort(part.substring(0, part.length() - 2)) + MANAGEMENT_PORT_OFFSET);
        }
        return management(part);
    }

    /** The environment variables that make the launcher's scripts use these ports. */
    public Map<String, String> environment() {
        return Map.of(
                "GATEWAY_PORT", Integer.toString(gatewayPort),
                "DOCUMENTS_PORT", Integer.toString(documentsPort),
                "CLAIMS_PORT", Integer.toString(claimsPort),
                "RECOMMENDATIONS_PORT", Integer.toString(recommendationsPort),
                "KEYCLOAK_PORT", Integer.toString(keycloakPort),
                "POLICYLENS_PG_PORT", Integer.toString(postgresPort),
                "KAFKA_PORT", Integer.toString(kafkaPort),
                "KAFKA_CONTROLLER_PORT", Integer.toString(kafkaControllerPort));
    }

    private static URI local(int port) {
        return URI.create("http://127.0.0.1:" + port);
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int port = Integer.parseInt(value.strip());
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException(name + " is not a port: " + value);
        }
        return port;
    }
}
