package io.policylens.deploy;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a deployment must agree with, read from a service's own application.properties (prod profile:
 * keys without a %profile prefix, and %prod ones): the HTTP port, the health and metrics paths, the
 * port those are served on, and the environment variables the configuration reads.
 *
 * <p>For a service whose module has no application.properties yet, the facts come from the
 * architecture document (port table, Quarkus defaults) and {@link #fromFile} is false.
 */
record ServiceConfig(String module, int httpPort, int healthPort, String healthRoot, String metricsPath,
                     Set<String> envVars, Set<String> propertyEnvNames, boolean kafkaClient, boolean fromFile) {

    /**
     * The Kafka client settings the manifests give the three Kafka clients (docs/operations.md, "Kafka"). Accepted
     * only while a module's Kafka clients do not take Quarkus' default Kafka configuration yet (no SmallRye Kafka
     * connector, no use of the "default-kafka-broker" map): a contract the services are still to honour, which
     * retires itself once they do, when the general rules below decide.
     */
    static final Set<String> KAFKA_CLIENT_CONTRACT = Set.of("KAFKA_BOOTSTRAP_SERVERS", "KAFKA_SECURITY_PROTOCOL",
            "KAFKA_SASL_MECHANISM", "KAFKA_SASL_JAAS_CONFIG", "KAFKA_SSL_TRUSTSTORE_TYPE",
            "KAFKA_SSL_TRUSTSTORE_CERTIFICATES");
    static final Set<String> KAFKA_CLIENTS = Set.of("documents-service", "claims-service", "recommendations-service");

    /** Ports given by docs/architecture.md, used until a service has its own configuration. */
    static final Map<String, Integer> DOCUMENTED_PORTS = Map.of(
            "gateway", 8080, "documents-service", 8081, "claims-service", 8082, "recommendations-service", 8083);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_.-]*)(?::[^}]*)?}");

    static ServiceConfig of(String module) {
        Optional<Properties> file = RepoFiles.applicationProperties(module);
        if (file.isEmpty()) {
            int port = DOCUMENTED_PORTS.get(module);
            return new ServiceConfig(module, port, port, "/q/health", "/q/metrics", Set.of(), Set.of(), false, false);
        }
        Properties p = file.get();
        int httpPort = intValue(prod(p, "quarkus.http.port"), 8080);
        String nonAppRoot = path(prod(p, "quarkus.http.non-application-root-path"), "/q");
        String healthRoot = resolve(nonAppRoot, path(prod(p, "quarkus.smallrye-health.root-path"), "health"));
        String metricsPath = resolve(nonAppRoot, path(prod(p, "quarkus.micrometer.export.prometheus.path"), "metrics"));
        boolean management = Boolean.parseBoolean(defaultOf(prod(p, "quarkus.management.enabled"), "false"));
        int healthPort = management ? intValue(prod(p, "quarkus.management.port"), 9000) : httpPort;
        Set<String> env = new LinkedHashSet<>();
        Set<String> propertyEnv = new LinkedHashSet<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("%") && !key.startsWith("%prod.")) {
                continue;
            }
            propertyEnv.add(key.replaceFirst("^%prod\\.", "").toUpperCase().replaceAll("[^A-Z0-9]", "_"));
            Matcher m = PLACEHOLDER.matcher(p.getProperty(key));
            while (m.find()) {
                if (m.group(1).equals(m.group(1).toUpperCase())) {
                    env.add(m.group(1));
                }
            }
        }
        boolean kafkaClient = RepoFiles.read(RepoFiles.root().resolve(module).resolve("pom.xml"))
                .contains("<artifactId>quarkus-messaging-kafka</artifactId>")
                || RepoFiles.mainSourcesContain(module, "default-kafka-broker");
        return new ServiceConfig(module, httpPort, healthPort, healthRoot, metricsPath, env,
                propertyEnv, kafkaClient, true);
    }

    /**
     * True when the configuration reads this environment variable: a ${VAR} placeholder; the environment form of a
     * property the file sets (Quarkus maps POLICYLENS_CHANGES_KAFKA_ENABLED to policylens.changes.kafka.enabled); a
     * KAFKA_* variable in a module whose clients take Quarkus' default Kafka configuration (it hands every KAFKA_*
     * variable to the clients, KAFKA_SASL_JAAS_CONFIG as sasl.jaas.config); the client contract above, until they do;
     * QUARKUS_ and JAVA_ settings; or the pod's namespace, which quarkus-kubernetes gives every Deployment it generates
     * (downward API; not a setting).
     */
    boolean reads(String envVar) {
        return envVars.contains(envVar) || propertyEnvNames.contains(envVar)
                || (kafkaClient && envVar.startsWith("KAFKA_"))
                || (!kafkaClient && KAFKA_CLIENTS.contains(module) && KAFKA_CLIENT_CONTRACT.contains(envVar))
                || envVar.startsWith("QUARKUS_") || envVar.startsWith("JAVA_") || envVar.equals("KUBERNETES_NAMESPACE");
    }

    private static String prod(Properties p, String key) {
        String prod = p.getProperty("%prod." + key);
        return prod != null ? prod : p.getProperty(key);
    }

    /** A value's default: "${ENV:8081}" gives 8081, a literal gives itself. */
    private static String defaultOf(String value, String fallback) {
        if (value == null) {
            return fallback;
        }
        Matcher m = Pattern.compile("^\\$\\{[^:}]+:([^}]*)}$").matcher(value.trim());
        if (m.matches()) {
            return m.group(1);
        }
        if (value.contains("${")) {
            throw new IllegalStateException("cannot resolve " + value + " without its environment");
        }
        return value.trim();
    }

    private static int intValue(String value, int fallback) {
        return Integer.parseInt(defaultOf(value, Integer.toString(fallback)));
    }

    private static String path(String value, String fallback) {
        return defaultOf(value, fallback);
    }

    private static String resolve(String root, String path) {
        if (path.startsWith("/")) {
            return path;
        }
        return (root.endsWith("/") ? root : root + "/") + path;
    }

    String startedPath() {
        return healthRoot + "/started";
    }

    String livePath() {
        return healthRoot + "/live";
    }

    String readyPath() {
        return healthRoot + "/ready";
    }
}
