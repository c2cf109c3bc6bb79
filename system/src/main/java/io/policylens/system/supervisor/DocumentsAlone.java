package io.policylens.system.supervisor;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * documents-service on its own ({@code ./policylens run documents}): the stack's PostgreSQL and the packaged service
 * with the DEVELOPMENT-ONLY {@code local} profile (bearer tokens signed with the committed dev key),
 * DOCUMENTS_JAVA_OPTS (default -Xmx768m). Same pid files and logs as the stack, so {@code ./policylens up} restarts a
 * service left in this profile.
 */
public final class DocumentsAlone {

    static final String SERVICE = "documents-service";

    private final StackContext stack;
    private final Postgres postgres;
    private final Service service;

    public DocumentsAlone(StackContext stack) {
        this.stack = stack;
        this.postgres = new Postgres(stack);
        this.service = new Service(stack, SERVICE);
    }

    /** Starts both and returns once the service is ready; PostgreSQL is stopped again when the service cannot start. */
    public void start() {
        postgres.start();
        try {
            startService();
        } catch (StackFailure e) {
            postgres.stop();
            throw e;
        }
    }

    /**
     * Stays in the foreground while both run; stops both when one exits or this JVM is stopped (Ctrl-C).
     * Exit code 1 then.
     */
    public int watch() {
        Thread stopper = new Thread(this::stop, "stop-documents-alone");
        Runtime.getRuntime().addShutdownHook(stopper);
        System.out.println("(Ctrl-C stops documents-service and PostgreSQL)");
        while (true) {
            Waiting.sleep(Duration.ofSeconds(2));
            String exited = service.pid().isEmpty()
                    ? "documents-service exited (log: " + stack.paths().log(SERVICE) + ")"
                    : stack.pidFiles().running(Postgres.PART, Postgres.MARKER).isEmpty()
                    ? "PostgreSQL exited (log: " + stack.paths().log(Postgres.PART) + ")" : null;
            if (exited != null) {
                Console.info(exited);
                return 1;
            }
        }
    }

    public void stop() {
        stack.termination().terminate(SERVICE, Service.marker(SERVICE), Duration.ofSeconds(30));
        postgres.stop();
    }

    public void status(PrintStream out) {
        OptionalLong pg = stack.pidFiles().running(Postgres.PART, Postgres.MARKER);
        out.println(pg.isPresent()
                ? "PostgreSQL: running (pid " + pg.getAsLong() + ") on 127.0.0.1:" + stack.config().postgresPort()
                : "PostgreSQL: stopped");
        OptionalLong pid = service.pid();
        if (pid.isEmpty()) {
            out.println("documents-service: stopped");
        } else if (service.ready()) {
            out.println("documents-service: ready (pid " + pid.getAsLong() + ") on " + service.url());
        } else {
            out.println("documents-service: running, not ready (pid " + pid.getAsLong() + ")");
        }
    }

    private void startService() {
        URI url = service.url();
        if (service.pid().isPresent() && service.ready()) {
            if (!rebuiltSinceStart()) {
                Console.info("documents-service already running on " + url);
                return;
            }
            Console.info("documents-service was rebuilt since it started: restarting it");
        }
        stack.termination().terminate(SERVICE, Service.marker(SERVICE), Duration.ofSeconds(10));
        stack.requireFree(url.getPort(), "is taken by another program; stop it or set DOCUMENTS_PORT");
        Path log = stack.paths().log(SERVICE);
        Console.info("starting documents-service on " + url + " (profile local, log " + log + ")...");
        List<String> command = new ArrayList<>();
        command.add(stack.jdk().java());
        command.addAll(JvmOptions.split(stack.env("DOCUMENTS_JAVA_OPTS", "-Xmx768m")));
        command.addAll(List.of("-Dquarkus.profile=local", "-jar", stack.paths().jar(SERVICE).toString()));
        stack.spawner().spawn(SERVICE, log, command, Map.of(
                "DOCUMENTS_PORT", Integer.toString(url.getPort()),
                "MANAGEMENT_PORT", Integer.toString(service.management().getPort()),
                "DOCUMENTS_DB_URL", stack.env("DOCUMENTS_DB_URL",
                        "jdbc:postgresql://127.0.0.1:" + stack.config().postgresPort() + "/documents"),
                "DOCUMENTS_DB_USER", stack.env("DOCUMENTS_DB_USER", "policylens"),
                "DOCUMENTS_DB_PASSWORD", stack.env("DOCUMENTS_DB_PASSWORD", "policylens")));
        try {
            Waiting.awaitStart(SERVICE, log, service::ready, () -> service.pid().isPresent(), Duration.ofSeconds(180),
                    Duration.ofMillis(500));
        } catch (StackFailure e) {
            stack.termination().terminate(SERVICE, Service.marker(SERVICE), Duration.ofSeconds(10));
            throw e;
        }
    }

    private boolean rebuiltSinceStart() {
        try {
            return Files.getLastModifiedTime(stack.paths().jar(SERVICE))
                    .compareTo(Files.getLastModifiedTime(stack.pidFiles().file(SERVICE))) > 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
