package io.policylens.system.supervisor;

import io.policylens.system.stack.StackParts;
import io.policylens.system.supervisor.aot.AotCaches;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** The whole local stack: start in order, stop in reverse order, one part at a time, and what runs. */
public final class Stack {

    private final StackContext context;

    public Stack(StackContext context) {
        this.context = context;
    }

    public Postgres postgres() {
        return new Postgres(context);
    }

    public Kafka kafka() {
        return new Kafka(context);
    }

    public Keycloak keycloak() {
        return new Keycloak(context);
    }

    public Service service(String name) {
        return new Service(context, name);
    }

    /**
     * Starts everything not running yet: PostgreSQL, Kafka, Keycloak, then the services (those whose build has no AOT
     * cache yet are trained first, all at once), and waits until each is ready; prints the timings.
     */
    public void up(double buildSeconds, long startedNanos) {
        Timer timer = new Timer();
        postgres().start();
        String pg = timer.lap();
        kafka().start();
        String kafka = timer.lap();
        keycloak().start();
        String keycloak = timer.lap();
        List<String> starting = new ArrayList<>();
        for (String name : StackParts.SERVICES) {
            if (service(name).needsStart()) {
                starting.add(name);
            }
        }
        new AotCaches(context).trainMissing(starting);
        String aot = timer.lap();
        Timer services = new Timer();
        starting.forEach(name -> service(name).launch());
        for (String name : StackParts.SERVICES) {
            service(name).awaitReady();
            Console.info(name + " ready on " + service(name).url() + " (" + services.elapsed() + "s)");
        }
        String svc = timer.lap();
        Console.info(String.format("timings: build check %.1fs, PostgreSQL %ss, Kafka %ss, Keycloak %ss,"
                + " AOT cache training %ss, services %ss (total %ss)", buildSeconds, pg, kafka, keycloak, aot, svc,
                Timer.since(startedNanos, buildSeconds)));
    }

    /** Starts one part and waits until it is ready. */
    public void start(String part) {
        switch (part) {
            case Postgres.PART -> postgres().start();
            case Kafka.PART -> kafka().start();
            case Keycloak.PART -> keycloak().start();
            default -> {
                Service service = service(part);
                if (service.needsStart()) {
                    new AotCaches(context).trainMissing(List.of(part));
                    service.launch();
                }
                service.awaitReady();
                Console.info(part + " ready on " + service.url());
            }
        }
    }

    /**
     * Stops one part gracefully (SIGTERM, SIGKILL after its grace period: PostgreSQL 60 s, the others 30 s), or kills
     * it.
     */
    public void stop(String part, boolean kill) {
        if (kill) {
            context.termination().kill(part, marker(part));
            return;
        }
        switch (part) {
            case Postgres.PART -> postgres().stop();
            case Kafka.PART -> kafka().stop();
            case Keycloak.PART -> keycloak().stop();
            default -> service(part).stop();
        }
    }

    /** Stops everything, second replicas (run/&lt;service&gt;-2.pid, started by LocalStack) first. */
    public void down() {
        for (String replica : StackParts.REPLICAS) {
            String service = replica.substring(0, replica.length() - 2);
            context.termination().terminate(replica, Service.marker(service), java.time.Duration.ofSeconds(30));
        }
        for (String part : List.of("gateway", "recommendations-service", "claims-service", "documents-service",
                Kafka.PART, Keycloak.PART, Postgres.PART)) {
            stop(part, false);
        }
    }

    /** What runs: name, state, pid and address of every part. */
    public void status(PrintStream out) {
        row(out, "NAME", "STATE", "PID", "URL");
        String pgAddress = "127.0.0.1:" + context.config().postgresPort();
        OptionalLong pg = context.pidFiles().running(Postgres.PART, Postgres.MARKER);
        row(out, Postgres.PART, pg.isPresent() ? "running" : "stopped", pid(pg), pgAddress);
        String kafkaAddress = context.config().kafkaBootstrapServers() + " (data " + kafka().data() + ")";
        OptionalLong kafkaPid = context.pidFiles().running(Kafka.PART, Kafka.MARKER);
        row(out, Kafka.PART, kafkaPid.isEmpty() ? "stopped" : kafka().running() ? "ready" : "starting",
                pid(kafkaPid), kafkaAddress);
        Keycloak keycloak = keycloak();
        OptionalLong kc = context.pidFiles().running(Keycloak.PART, keycloak.home().toString());
        row(out, Keycloak.PART, kc.isEmpty() ? "stopped" : keycloak.ready() ? "ready" : "starting", pid(kc),
                keycloak.url().toString());
        for (String name : StackParts.SERVICES) {
            Service service = service(name);
            OptionalLong pid = service.pid();
            if (pid.isEmpty()) {
                row(out, name, "stopped", "-", service.url().toString());
            } else {
                row(out, name, service.ready() ? "ready" : "starting", pid(pid),
                        service.url() + " (management " + service.management() + ")");
            }
        }
    }

    String marker(String part) {
        return switch (part) {
            case Postgres.PART -> Postgres.MARKER;
            case Kafka.PART -> Kafka.MARKER;
            case Keycloak.PART -> keycloak().home().toString();
            default -> Service.marker(part);
        };
    }

    private static String pid(OptionalLong pid) {
        return pid.isPresent() ? Long.toString(pid.getAsLong()) : "-";
    }

    private static void row(PrintStream out, String name, String state, String pid, String url) {
        out.printf("%-24s %-8s %-8s %s%n", name, state, pid, url);
    }

    /** Seconds with one decimal, as the launcher prints timings. */
    private static final class Timer {
        private long lap = System.nanoTime();
        private final long start = lap;

        String lap() {
            long now = System.nanoTime();
            String seconds = String.format("%.1f", (now - lap) / 1e9);
            lap = now;
            return seconds;
        }

        String elapsed() {
            return String.format("%.1f", (System.nanoTime() - start) / 1e9);
        }

        static String since(long startedNanos, double before) {
            return String.format("%.1f", before + (System.nanoTime() - startedNanos) / 1e9);
        }
    }
}
