package io.policylens.system.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A local stack driven through the launcher's own scripts (scripts/up.sh, stack-service.sh, down.sh), so the
 * end-to-end tests and the system benchmark exercise exactly what {@code ./policylens up} starts: PostgreSQL from
 * Maven Central binaries, a real Kafka broker (KRaft), a real Keycloak with the development realm, and the four
 * packaged services.
 * Its state (data, logs, pid files, Keycloak) lives in its own folder and it uses its own ports, so it never
 * touches a stack the developer runs.
 */
public final class LocalStack implements AutoCloseable {

    private final Path repoRoot;
    private final Path home;
    private final StackConfig config;
    private final Map<String, String> environment;
    private final HttpClient http = GatewayClient.newHttpClient();

    private LocalStack(Path repoRoot, Path home, StackConfig config, Map<String, String> extraEnvironment) {
        this.repoRoot = repoRoot;
        this.home = home;
        this.config = config;
        Map<String, String> env = new HashMap<>(config.environment());
        env.put("POLICYLENS_HOME", home.toString());
        env.putAll(extraEnvironment);
        this.environment = Map.copyOf(env);
    }

    /**
     * Starts everything ({@code up.sh --no-ingest}) and waits until every service is ready.
     * {@code extraEnvironment} can set e.g. POLICYLENS_NO_BUILD=true (use the packaged jars as they are) or
     * service settings such as RATE_LIMIT_CAPACITY.
     */
    public static LocalStack start(Path repoRoot, Path home, StackConfig config, Map<String, String> extraEnvironment) {
        LocalStack stack = new LocalStack(repoRoot, home, config, extraEnvironment);
        try {
            stack.script(Duration.ofMinutes(20), "scripts/up.sh", "--no-ingest", "--no-summary");
        } catch (RuntimeException e) {
            // whatever did start must not outlive the failed start
            try {
                stack.close();
            } catch (RuntimeException stopFailure) {
                e.addSuppressed(stopFailure);
            }
            throw e;
        }
        return stack;
    }

    /** A stack the launcher's scripts already run with this folder and these ports (nothing is started). */
    public static LocalStack attach(Path repoRoot, Path home, StackConfig config,
            Map<String, String> extraEnvironment) {
        return new LocalStack(repoRoot, home, config, extraEnvironment);
    }

    public StackConfig config() {
        return config;
    }

    public Path log(String part) {
        return home.resolve("logs").resolve(part + ".log");
    }

    /**
     * Stops one part (postgres, kafka, keycloak or a service): gracefully, or with SIGKILL when {@code kill} (a crash).
     */
    public void stop(String part, boolean kill) {
        List<String> args = new ArrayList<>(List.of("scripts/stack-service.sh", "stop", part));
        if (kill) {
            args.add("--kill");
        }
        script(Duration.ofMinutes(2), args.toArray(String[]::new));
    }

    /** Starts one part again and waits until it is ready. */
    public void start(String part) {
        script(Duration.ofMinutes(5), "scripts/stack-service.sh", "start", part);
    }

    /**
     * Starts the second replica of claims- or recommendations-service (same database and consumer group, its own
     * ports: {@link StackConfig#replicaPort}) and waits until it is ready. Returns its part name (claims-service-2),
     * which {@link #pid}, {@link #readiness} and {@link #stopReplica} take.
     */
    public String startReplica(String service) {
        String part = ServiceReplica.partName(service);
        if (ServiceReplica.running(home, service).isPresent()) {
            return part;
        }
        Process process = ServiceReplica.start(service, pid(StackParts.serviceName(service)), config, home);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (readiness(part) != 200) {
            if (!process.isAlive()) {
                throw new IllegalStateException(part + " exited with code " + process.exitValue()
                        + " before it was ready (log: " + log(part) + ")");
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException(part + " not ready within 3 minutes (log: " + log(part) + ")");
            }
            GatewayClient.sleep(Duration.ofMillis(250));
        }
        return part;
    }

    /**
     * Stops a service's second replica: gracefully (SIGTERM, SIGKILL after 30 s), or with SIGKILL when {@code kill}.
     */
    public void stopReplica(String service, boolean kill) {
        ServiceReplica.running(home, service).ifPresent(process -> {
            if (kill) {
                process.destroyForcibly();
            } else {
                process.destroy();
            }
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                process.destroyForcibly();
                process.onExit().join();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        });
        try {
            Files.deleteIfExists(ServiceReplica.pidFile(home, service));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The services that run, second replicas included (claims-service-2 after the four services). */
    public List<String> runningServices() {
        List<String> running = new ArrayList<>(StackParts.SERVICES);
        for (String service : ServiceReplica.REPLICATED) {
            if (ServiceReplica.running(home, service).isPresent()) {
                running.add(ServiceReplica.partName(service));
            }
        }
        return running;
    }

    /** The HTTP status of a part's readiness check on its management port (0 when nothing answers). */
    public int readiness(String service) {
        URI uri = URI.create(config.managementOf(service) + "/q/health/ready");
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** The pid of a running part, from the launcher's pid file. */
    public long pid(String part) {
        try {
            return Long.parseLong(Files.readString(home.resolve("run").resolve(part + ".pid")).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("no pid file for " + part, e);
        }
    }

    @Override
    public void close() {
        for (String service : ServiceReplica.REPLICATED) {
            stopReplica(service, false);
        }
        script(Duration.ofMinutes(3), "scripts/down.sh");
    }

    private void script(Duration timeout, String... command) {
        List<String> argv = new ArrayList<>();
        argv.add("bash");
        argv.add(repoRoot.resolve(command[0]).toString());
        argv.addAll(List.of(command).subList(1, command.length));
        ProcessBuilder builder = new ProcessBuilder(argv).directory(repoRoot.toFile()).inheritIO();
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(home);
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeout);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed with exit code "
                        + process.exitValue() + " (logs in " + home.resolve("logs") + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
