package io.policylens.system.supervisor;

import io.policylens.local.postgres.LocalPostgres;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * PostgreSQL: local-runtime's LocalPostgres (binaries from Maven Central) with the three service databases, data in
 * POLICYLENS_PG_DATA; the same pid file, marker and data for the stack and for {@code ./policylens run documents}.
 */
public final class Postgres {

    public static final String PART = "postgres";
    public static final String MARKER = LocalPostgres.class.getName();
    private static final String READY = LocalPostgres.READY_MARKER;

    private final StackContext stack;

    public Postgres(StackContext stack) {
        this.stack = stack;
    }

    public boolean running() {
        return ready().running();
    }

    public void start() {
        int port = stack.config().postgresPort();
        Path data = stack.paths().postgresData();
        if (running()) {
            Console.info("PostgreSQL already running on 127.0.0.1:" + port + " (data in " + data + ")");
            return;
        }
        stack.termination().terminate(PART, MARKER, Duration.ofSeconds(10));
        stopOrphanPostmaster();
        stack.requireFree(port, "is taken by another program; stop it or set POLICYLENS_PG_PORT");
        String classpath = stack.localRuntimeClasspath();
        Console.info("starting PostgreSQL on 127.0.0.1:" + port + " (data in " + data + ")...");
        stack.spawner().spawn(PART, stack.paths().log(PART), List.of(stack.jdk().java(), "-Xmx256m", "-XX:+UseSerialGC",
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-cp", classpath, MARKER,
                "--port", Integer.toString(port), "--data", data.toString(),
                "--binaries", stack.paths().postgresBinaries().toString(),
                "--databases", "documents,claims,recommendations"), Map.of());
        ready().await(Duration.ofSeconds(120));
    }

    public void stop() {
        stack.termination().terminate(PART, MARKER, Duration.ofSeconds(60));
        stopOrphanPostmaster();
    }

    /** A postmaster left behind by a LocalPostgres JVM that was killed hard (kill -9): stopped with a fast shutdown. */
    void stopOrphanPostmaster() {
        Path data = stack.paths().postgresData();
        OptionalLong pid = PidFiles.recorded(data.resolve("postmaster.pid"));
        if (pid.isEmpty() || !PidFiles.commandLine(pid.getAsLong()).orElse("").contains("postgres")) {
            return;
        }
        Console.info("stopping a PostgreSQL left running on " + data + " (pid " + pid.getAsLong() + ")...");
        Termination.signal(pid.getAsLong(), "INT");
        boolean stopped = Waiting.until(() -> ProcessHandle.of(pid.getAsLong()).map(p -> !p.isAlive()).orElse(true),
                Duration.ofSeconds(30), Duration.ofMillis(100));
        if (!stopped) {
            Console.info("PostgreSQL pid " + pid.getAsLong() + " did not stop within 30s");
        }
    }

    private ReadyLine ready() {
        return new ReadyLine(stack, PART, MARKER, READY);
    }
}
