package io.policylens.system.stack;

import io.policylens.system.supervisor.ServiceEnvironment;
import io.policylens.system.supervisor.StackContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local stack's Kafka broker through the launcher's own commands (scripts/stack-service.sh, stack-status.sh,
 * stack-logs.sh, down.sh) in a scratch state folder on free ports: started and ready, reused, stopped, started again
 * on its kept data, and what documents-service is told to connect to. Needs local-runtime built (the broker's
 * class path), which the reactor does before this module.
 */
class KafkaStackPartTest {

    private static final Path REPO = Path.of(System.getProperty("policylens.repo.root", "..")).toAbsolutePath()
            .normalize();

    @TempDir
    Path state;
    private Map<String, String> environment;
    private int port;

    @AfterEach
    void stopWhateverRuns() throws Exception {
        if (environment != null) {
            run("scripts/down.sh");
        }
    }

    @Test
    void startsReadyKeepsItsDataAcrossARestartAndStops() throws Exception {
        port = freePort();
        int controllerPort = freePort();
        environment = Map.of("POLICYLENS_HOME", state.toString(), "KAFKA_PORT", Integer.toString(port),
                "KAFKA_CONTROLLER_PORT", Integer.toString(controllerPort), "POLICYLENS_NO_BUILD", "true");

        run("scripts/stack-service.sh", "start", "kafka");
        long pid = pid();
        assertThat(ProcessHandle.of(pid)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());
        assertThat(accepts(port)).isTrue();
        assertThat(accepts(controllerPort)).isTrue();
        Path meta = state.resolve("kafka/data/meta.properties");
        assertThat(meta).exists();
        assertThat(Files.readString(state.resolve("kafka/server.properties")))
                .contains("listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        String clusterId = clusterId(meta);
        assertThat(run("scripts/stack-status.sh"))
                .containsPattern("kafka +ready +" + pid + " +127\\.0\\.0\\.1:" + port);
        assertThat(run("scripts/stack-logs.sh", "kafka")).contains("LocalKafka ready: 127.0.0.1:" + port);

        // a second start finds it running and leaves it alone
        assertThat(run("scripts/stack-service.sh", "start", "kafka")).contains("Kafka already running");
        assertThat(pid()).isEqualTo(pid);

        run("scripts/stack-service.sh", "stop", "kafka");
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(state.resolve("run/kafka.pid")).doesNotExist();
        assertThat(accepts(port)).isFalse();
        assertThat(run("scripts/stack-status.sh")).containsPattern("kafka +stopped");

        // started again on the same data: not formatted anew (same cluster), and down stops it like the other parts
        run("scripts/stack-service.sh", "start", "kafka");
        assertThat(pid()).isNotEqualTo(pid);
        assertThat(clusterId(meta)).isEqualTo(clusterId);
        long second = pid();
        run("scripts/down.sh");
        assertThat(ProcessHandle.of(second).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    void documentsServicePublishesToTheStacksBrokerAndTheExtractionServicesKnowIt() {
        Map<String, String> env = Map.of("POLICYLENS_HOME", state.toString(), "KAFKA_PORT", "29999");
        ServiceEnvironment services = new ServiceEnvironment(StackContext.fromEnvironment(env, REPO));
        assertThat(services.of("documents-service")).containsEntry("POLICYLENS_CHANGES_KAFKA_ENABLED", "true")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:29999");
        for (String service : List.of("claims-service", "recommendations-service")) {
            assertThat(services.of(service)).containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:29999");
        }
        // the relay can still be switched off for one run
        Map<String, String> off = Map.of("POLICYLENS_HOME", state.toString(),
                "POLICYLENS_CHANGES_KAFKA_ENABLED", "false");
        assertThat(new ServiceEnvironment(StackContext.fromEnvironment(off, REPO)).of("documents-service"))
                .containsEntry("POLICYLENS_CHANGES_KAFKA_ENABLED", "false")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
    }

    @Test
    void stackConfigFollowsTheSameKafkaPortsAsTheScripts() {
        StackConfig defaults = StackConfig.fromEnvironment(Map.of(), REPO);
        assertThat(defaults.kafkaBootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(defaults.environment()).containsEntry("KAFKA_PORT", "9092")
                .containsEntry("KAFKA_CONTROLLER_PORT", "9093");
        StackConfig moved = StackConfig.fromEnvironment(Map.of("KAFKA_PORT", "29092"), REPO);
        assertThat(moved.environment()).containsEntry("KAFKA_CONTROLLER_PORT", "29093");
    }

    private long pid() throws IOException {
        return Long.parseLong(Files.readString(state.resolve("run/kafka.pid")).strip());
    }

    private static String clusterId(Path meta) throws IOException {
        return Files.readAllLines(meta).stream().filter(l -> l.startsWith("cluster.id=")).findFirst().orElseThrow();
    }

    /** Runs a launcher script (or {@code -c "commands"}) from the repository root; fails on a non-zero exit. */
    private String run(String... command) throws Exception {
        List<String> argv = new java.util.ArrayList<>(List.of("bash"));
        argv.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(argv).directory(REPO.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("KAFKA_")
                || name.equals("POLICYLENS_CHANGES_KAFKA_ENABLED"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("%s finished", String.join(" ", command)).isTrue();
        assertThat(process.exitValue()).as("%s exit code; output:%n%s", String.join(" ", command), output).isZero();
        return output;
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
