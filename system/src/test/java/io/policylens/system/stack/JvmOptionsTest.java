package io.policylens.system.stack;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JVM options the launcher gives each service (st_jvm_opts in scripts/stack-env.sh): the collector chosen per
 * service or by an override, the flags added per JDK, and that the JVM accepts the result.
 */
class JvmOptionsTest {

    private static final Path REPO = Path.of(System.getProperty("policylens.repo.root", "..")).toAbsolutePath().normalize();

    @Test
    void extractionServicesRunTheSerialCollectorAndTheGatewayG1WithAPeriodicCollection() throws Exception {
        for (String service : StackParts.SERVICES.stream().filter(s -> !s.equals("gateway")).toList()) {
            List<String> options = options(service, Map.of());
            assertThat(options).as(service).contains("-XX:+UseSerialGC", "-Xmn12m", "-Dio.netty.allocator.numDirectArenas=1").doesNotContain("-XX:+UseG1GC");
        }
        List<String> gateway = options("gateway", Map.of());
        assertThat(gateway).contains("-XX:+UseG1GC").doesNotContain("-XX:+UseSerialGC", "-Xmn12m");
        assertThat(gateway).anyMatch(o -> o.startsWith("-XX:G1PeriodicGCInterval="));
    }

    @Test
    void anOverrideThatNamesACollectorKeepsIt() throws Exception {
        assertThat(options("documents-service", Map.of("DOCUMENTS_JAVA_OPTS", "-Xmx100m -XX:+UseParallelGC")))
                .contains("-Xmx100m", "-XX:+UseParallelGC").doesNotContain("-XX:+UseSerialGC", "-Xmn12m");
        assertThat(options("gateway", Map.of("GATEWAY_JAVA_OPTS", "-Xmx100m")))
                .contains("-Xmx100m", "-XX:+UseSerialGC").doesNotContain("-XX:+UseG1GC");
        // a flag that merely contains "GC" is not a collector
        assertThat(options("claims-service", Map.of("CLAIMS_JAVA_OPTS", "-XX:+UseCompactObjectHeaders -Xlog:gc")))
                .contains("-XX:+UseSerialGC");
    }

    @Test
    void methodProfilesAreLeftOutOfTheCacheOnlyWhereTheFlagExistsAndIsUnlocked() throws Exception {
        boolean jdk25 = javaMajor() >= 25;
        assertThat(options("documents-service", Map.of()).contains("-XX:-AOTRecordTraining")).isEqualTo(jdk25);
        // a diagnostic flag without -XX:+UnlockDiagnosticVMOptions would stop the JVM from starting
        assertThat(options("documents-service", Map.of("DOCUMENTS_JAVA_OPTS", "-XX:TieredStopAtLevel=1")))
                .doesNotContain("-XX:-AOTRecordTraining");
    }

    @Test
    void theJvmAcceptsEveryServicesDefaultOptions() throws Exception {
        for (String service : StackParts.SERVICES) {
            String output = bash("\"$JAVA\" $(st_jvm_opts " + service + ") -version 2>&1", Map.of());
            assertThat(output).as(service).contains("version").doesNotContain("Unrecognized", "Error");
        }
        // the Kafka broker's own options (st_java_opts kafka: KAFKA_JAVA_OPTS, else ST_KAFKA_DEFAULT_JAVA_OPTS)
        String kafka = bash("st_java_opts kafka", Map.of());
        assertThat(kafka).contains("-Xmx96m", "-XX:+UseSerialGC");
        assertThat(bash("\"$JAVA\" $(st_java_opts kafka) -version 2>&1", Map.of())).contains("version").doesNotContain("Unrecognized", "Error");
        assertThat(bash("st_java_opts kafka", Map.of("KAFKA_JAVA_OPTS", "-Xmx200m")).strip()).isEqualTo("-Xmx200m");
    }

    private static int javaMajor() throws Exception {
        return Integer.parseInt(bash("st_java_major", Map.of()).strip());
    }

    private static List<String> options(String service, Map<String, String> environment) throws Exception {
        return Arrays.asList(bash("st_jvm_opts " + service, environment).strip().split("\\s+"));
    }

    private static String bash(String commands, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c",
                "set -euo pipefail; source \"$0/scripts/stack-env.sh\" >/dev/null; pl_setup_java >/dev/null; " + commands,
                REPO.toString());
        for (String name : List.of("DOCUMENTS_JAVA_OPTS", "CLAIMS_JAVA_OPTS", "RECOMMENDATIONS_JAVA_OPTS", "GATEWAY_JAVA_OPTS", "KAFKA_JAVA_OPTS")) {
            builder.environment().remove(name);
        }
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as("bash exit code; stderr:%n%s", errors).isZero();
        return output;
    }
}
