package io.policylens.system.e2e;

import io.policylens.system.stack.GatewayClient;
import io.policylens.system.stack.KeycloakTokens;
import io.policylens.system.stack.LocalStack;
import io.policylens.system.stack.RealmFile;
import io.policylens.system.stack.StackConfig;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The one stack all end-to-end tests share: started on first use through {@code scripts/up.sh} (the packaged jars
 * of this build, a real Keycloak, PostgreSQL from Maven Central binaries, a real Kafka broker that documents-service's
 * change relay publishes to) on ports of its own (1808x, management ports 1908x, Keycloak 18180, PostgreSQL 15433,
 * Kafka 19092 and its controller 19093) with its state under system/target/e2e-home, plus a second replica of claims-
 * and recommendations-service (18102 and 18103, management 19102 and 19103; same database and consumer group), and
 * stopped with
 * {@code scripts/down.sh} when the test run ends. {@code -Dpolicylens.e2e.skip=true} skips these tests.
 */
final class E2eStack {

    private static LocalStack stack;
    private static GatewayClient gateway;
    private static KeycloakTokens tokens;

    private E2eStack() {
    }

    static synchronized LocalStack get(ExtensionContext context) {
        assumeFalse(Boolean.getBoolean("policylens.e2e.skip"), "end-to-end tests skipped (-Dpolicylens.e2e.skip=true)");
        if (stack == null) {
            if (context == null) {
                throw new IllegalStateException("the stack is started by StackExtension before any test class");
            }
            Path root = Path.of(System.getProperty("policylens.repo.root", "..")).toAbsolutePath().normalize();
            Path home = Path.of(System.getProperty("policylens.e2e.home", "target/e2e-home")).toAbsolutePath();
            StackConfig config = new StackConfig(
                    Integer.getInteger("policylens.e2e.gateway-port", 18080),
                    Integer.getInteger("policylens.e2e.documents-port", 18081),
                    Integer.getInteger("policylens.e2e.claims-port", 18082),
                    Integer.getInteger("policylens.e2e.recommendations-port", 18083),
                    Integer.getInteger("policylens.e2e.keycloak-port", 18180),
                    Integer.getInteger("policylens.e2e.postgres-port", 15433),
                    Integer.getInteger("policylens.e2e.kafka-port", 19092),
                    Integer.getInteger("policylens.e2e.kafka-controller-port", 19093),
                    root.resolve("dev/keycloak/policylens-realm.json"));
            LocalStack started = LocalStack.start(root, home, config, Map.of(
                    "POLICYLENS_NO_BUILD", "true",
                    // the tests make a few hundred calls per client within seconds; the limiter itself stays on
                    "RATE_LIMIT_CAPACITY", "5000",
                    "RATE_LIMIT_REFILL_PER_SECOND", "500",
                    "RATE_LIMIT_ORGANISATION_CAPACITY", "20000",
                    "RATE_LIMIT_ORGANISATION_REFILL_PER_SECOND", "2000",
                    "RATE_LIMIT_ORGANISATION_SUBMISSIONS", "64"));
            stack = started;
            // stopped once, after the last test class (the root store closes its resources at the very end)
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .put("policylens-e2e-stack", (AutoCloseable) E2eStack::stop);
            // and if the test JVM ends some other way (a surefire timeout, Ctrl-C), the stack does not outlive it
            Runtime.getRuntime().addShutdownHook(new Thread(E2eStack::stop, "policylens-e2e-stack-stop"));
            // two replicas of each extraction service, in one consumer group each: every test runs against them
            for (String service : List.of("claims", "recommendations")) {
                started.startReplica(service);
            }
            HttpClient http = GatewayClient.newHttpClient();
            tokens = new KeycloakTokens(config.issuer(), RealmFile.read(config.realmFile()), http);
            gateway = new GatewayClient(config.gateway(), tokens, http, false);
        }
        return stack;
    }

    static GatewayClient gateway() {
        return gateway;
    }

    static KeycloakTokens tokens() {
        return tokens;
    }

    private static synchronized void stop() {
        if (stack != null) {
            stack.close();
            stack = null;
        }
    }
}
