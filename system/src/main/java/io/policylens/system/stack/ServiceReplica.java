package io.policylens.system.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A second replica of claims- or recommendations-service beside the one the launcher's scripts started: the same
 * command line and environment as that first replica (read from {@code /proc}, so it is exactly what
 * the stack tool's Service configured: database, Kafka, consumer group, JVM options, start-up cache), with its own
 * API port (the first replica's + {@link StackConfig#REPLICA_PORT_OFFSET}) and management port (that + 1000).
 * Both replicas are in the same consumer group, so they split the change topic's partitions.
 * Its pid file ({@code run/<service>-2.pid}) and log ({@code logs/<service>-2.log}) sit beside the first one's.
 */
final class ServiceReplica {

    static final List<String> REPLICATED = List.of("claims-service", "recommendations-service");

    private ServiceReplica() {
    }

    /** The part name of a service's second replica: claims-service-2. */
    static String partName(String service) {
        return StackParts.serviceName(service) + "-2";
    }

    /**
     * Starts the second replica of a service whose first replica runs with pid {@code firstPid}; returns its process.
     */
    static Process start(String service, long firstPid, StackConfig config, Path home) {
        String name = StackParts.serviceName(service);
        if (!REPLICATED.contains(name)) {
            throw new IllegalArgumentException("only claims- and recommendations-service run replicas, not " + service);
        }
        int port = config.replicaPort(name);
        Map<String, String> environment = environmentOf(firstPid);
        environment.put(portVariable(name), Integer.toString(port));
        environment.put("MANAGEMENT_PORT", Integer.toString(port + StackConfig.MANAGEMENT_PORT_OFFSET));
        ProcessBuilder builder = new ProcessBuilder(commandOf(firstPid));
        builder.environment().clear();
        builder.environment().putAll(environment);
        Path log = home.resolve("logs").resolve(partName(name) + ".log");
        try {
            Files.createDirectories(log.getParent());
            Files.createDirectories(home.resolve("run"));
            builder.redirectErrorStream(true).redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            Process process = builder.start();
            Files.writeString(pidFile(home, name), Long.toString(process.pid()));
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + partName(name), e);
        }
    }

    static Path pidFile(Path home, String service) {
        return home.resolve("run").resolve(partName(service) + ".pid");
    }

    /** The running second replica of a service, from its pid file (empty when none runs). */
    static Optional<ProcessHandle> running(Path home, String service) {
        Path file = pidFile(home, service);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(file).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().commandLine().orElse("").contains(StackParts.serviceName(service)));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** CLAIMS_PORT for claims-service: the variable the service reads its API port from. */
    static String portVariable(String service) {
        return StackParts.serviceName(service).replace("-service", "").toUpperCase(Locale.ROOT) + "_PORT";
    }

    private static List<String> commandOf(long pid) {
        List<String> command = nulSeparated(Path.of("/proc", Long.toString(pid), "cmdline"));
        if (command.isEmpty()) {
            throw new IllegalStateException("no command line for pid " + pid);
        }
        return command;
    }

    private static Map<String, String> environmentOf(long pid) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (String entry : nulSeparated(Path.of("/proc", Long.toString(pid), "environ"))) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                environment.put(entry.substring(0, eq), entry.substring(eq + 1));
            }
        }
        return environment;
    }

    private static List<String> nulSeparated(Path file) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            List<String> parts = new ArrayList<>();
            for (String part : text.split("\0")) {
                if (!part.isEmpty()) {
                    parts.add(part);
                }
            }
            return parts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
