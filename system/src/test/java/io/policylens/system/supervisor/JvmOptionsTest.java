package io.policylens.system.supervisor;

import io.policylens.system.stack.StackParts;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JVM options the stack gives each service and the Kafka broker: the collector chosen per service or by an
 * override, the flags added per JDK, and that the JVM accepts the result.
 */
class JvmOptionsTest {

    private static final int JDK = Runtime.version().feature();

    @Test
    void extractionServicesRunTheSerialCollectorAndTheGatewayG1WithAPeriodicCollection() {
        for (String service : StackParts.SERVICES.stream().filter(s -> !s.equals("gateway")).toList()) {
            assertThat(options(service, Map.of(), JDK)).as(service)
                    .contains("-XX:+UseSerialGC", "-Xmn12m", "-Dio.netty.allocator.numDirectArenas=1")
                    .doesNotContain("-XX:+UseG1GC");
        }
        List<String> gateway = options("gateway", Map.of(), JDK);
        assertThat(gateway).contains("-XX:+UseG1GC").doesNotContain("-XX:+UseSerialGC", "-Xmn12m");
        assertThat(gateway).anyMatch(o -> o.startsWith("-XX:G1PeriodicGCInterval="));
    }

    @Test
    void anOverrideThatNamesACollectorKeepsIt() {
        assertThat(options("documents-service", Map.of("DOCUMENTS_JAVA_OPTS", "-Xmx100m -XX:+UseParallelGC"), JDK))
                .contains("-Xmx100m", "-XX:+UseParallelGC").doesNotContain("-XX:+UseSerialGC", "-Xmn12m");
        assertThat(options("gateway", Map.of("GATEWAY_JAVA_OPTS", "-Xmx100m"), JDK))
                .contains("-Xmx100m", "-XX:+UseSerialGC").doesNotContain("-XX:+UseG1GC");
        // a flag that merely contains "GC" is not a collector
        assertThat(options("claims-service", Map.of("CLAIMS_JAVA_OPTS", "-XX:+UseCompactObjectHeaders -Xlog:gc"), JDK))
                .contains("-XX:+UseSerialGC");
        // an empty override counts as none
        assertThat(options("claims-service", Map.of("CLAIMS_JAVA_OPTS", ""), JDK)).contains("-Xmn12m");
    }

    @Test
    void flagsFollowTheJdk() {
        assertThat(options("documents-service", Map.of(), 21))
                .doesNotContain("-XX:TrimNativeHeapInterval=5000", "-XX:-AOTRecordTraining");
        assertThat(options("documents-service", Map.of(), 22)).contains("-XX:TrimNativeHeapInterval=5000")
                .doesNotContain("-XX:-AOTRecordTraining");
        assertThat(options("documents-service", Map.of(), 25)).contains("-XX:-AOTRecordTraining");
        // a diagnostic flag without -XX:+UnlockDiagnosticVMOptions would stop the JVM from starting
        assertThat(options("documents-service", Map.of("DOCUMENTS_JAVA_OPTS", "-XX:TieredStopAtLevel=1"), 25))
                .doesNotContain("-XX:-AOTRecordTraining");
    }

    @Test
    void theJvmAcceptsEveryServicesDefaultOptionsAndTheBrokers() throws Exception {
        JvmOptions jvm = new JvmOptions(Map.of(), JDK);
        for (String service : StackParts.SERVICES) {
            assertThat(javaVersion(jvm.forService(service))).as(service).contains("version")
                    .doesNotContain("Unrecognized", "Error");
        }
        assertThat(jvm.javaOptions("kafka")).contains("-Xmx96m", "-XX:+UseSerialGC");
        assertThat(javaVersion(jvm.javaOptions("kafka"))).contains("version").doesNotContain("Unrecognized", "Error");
        assertThat(new JvmOptions(Map.of("KAFKA_JAVA_OPTS", "-Xmx200m"), JDK).javaOptions("kafka"))
                .isEqualTo("-Xmx200m");
    }

    private static List<String> options(String service, Map<String, String> environment, int jdk) {
        return JvmOptions.split(new JvmOptions(environment, jdk).forService(service));
    }

    private static String javaVersion(String options) throws Exception {
        List<String> command = new ArrayList<>(List.of(Jdk.fromEnvironment(Map.of()).java()));
        command.addAll(JvmOptions.split(options));
        command.add("-version");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        return output;
    }
}
