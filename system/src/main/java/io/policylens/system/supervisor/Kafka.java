package io.policylens.system.supervisor;

import io.policylens.local.kafka.LocalKafka;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Kafka: one KRaft node (broker and controller), local-runtime's LocalKafka, that documents-service's change relay
 * publishes to.
 */
public final class Kafka {

    public static final String PART = "kafka";
    public static final String MARKER = LocalKafka.class.getName();
    private static final String READY = LocalKafka.READY_MARKER;

    private final StackContext stack;

    public Kafka(StackContext stack) {
        this.stack = stack;
    }

    public boolean running() {
        return ready().running();
    }

    public Path data() {
        return stack.paths().kafkaData();
    }

    public void start() {
        int port = stack.config().kafkaPort();
        int controller = stack.config().kafkaControllerPort();
        if (running()) {
            Console.info("Kafka already running on 127.0.0.1:" + port);
            return;
        }
        stack.termination().terminate(PART, MARKER, Duration.ofSeconds(30));
        stack.requireFree(port, "is taken by another program; stop it or set KAFKA_PORT");
        stack.requireFree(controller,
                "(Kafka's controller) is taken by another program; stop it or set KAFKA_CONTROLLER_PORT");
        String classpath = stack.localRuntimeClasspath();
        Console.info("starting Kafka (KRaft, one node) on 127.0.0.1:" + port + " (data in " + data() + ")...");
        List<String> command = new ArrayList<>();
        command.add(stack.jdk().java());
        command.addAll(JvmOptions.split(stack.jvmOptions().javaOptions(PART)));
        command.addAll(List.of("-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-cp", classpath, MARKER,
                "--port", Integer.toString(port), "--controller-port", Integer.toString(controller),
                "--data", data().toString()));
        stack.spawner().spawn(PART, stack.paths().log(PART), command,
                Map.of("MALLOC_ARENA_MAX", stack.env("MALLOC_ARENA_MAX", "2")));
        ready().await(Duration.ofSeconds(120));
    }

    public void stop() {
        stack.termination().terminate(PART, MARKER, Duration.ofSeconds(30));
    }

    private ReadyLine ready() {
        return new ReadyLine(stack, PART, MARKER, READY);
    }
}
