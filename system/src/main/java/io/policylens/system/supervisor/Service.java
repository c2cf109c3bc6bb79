package io.policylens.system.supervisor;

import io.policylens.system.supervisor.aot.AotCaches;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** One of the four services as a packaged jar in its prod profile: start (with its start-up cache), wait, stop. */
public final class Service {

    private final StackContext stack;
    private final String name;

    public Service(StackContext stack, String name) {
        this.stack = stack;
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** The pid files' marker: the jar path relative to the repository. */
    public static String marker(String service) {
        return service + "/target/quarkus-app/quarkus-run.jar";
    }

    public URI url() {
        return stack.config().service(name);
    }

    public URI management() {
        return stack.config().management(name);
    }

    public boolean ready() {
        return Waiting.answers(URI.create(management() + "/q/health/ready"));
    }

    public OptionalLong pid() {
        return stack.pidFiles().running(name, marker(name));
    }

    /**
     * Runs the jar in the background with its environment and the given extra JVM options (the log and pid file as
     * given).
     */
    public long spawn(Path log, List<String> extraOptions) {
        Map<String, String> env = new HashMap<>(new ServiceEnvironment(stack).of(name));
        // glibc's per-thread malloc arenas are most of a JVM's native memory growth; two are plenty here
        env.put("MALLOC_ARENA_MAX", stack.env("MALLOC_ARENA_MAX", "2"));
        List<String> command = new ArrayList<>();
        command.add(stack.jdk().java());
        command.addAll(JvmOptions.split(stack.jvmOptions().forService(name)));
        command.addAll(extraOptions);
        command.addAll(List.of("-jar", stack.paths().jar(name).toString()));
        return stack.spawner().spawn(name, log, command, env);
    }

    /**
     * True when the service must be started: it is not running, or it runs but is stopped here because it is a
     * different build, the development-only 'local' profile or an unfinished AOT training run.
     */
    public boolean needsStart() {
        OptionalLong pid = pid();
        if (pid.isPresent()) {
            String commandLine = PidFiles.commandLine(pid.getAsLong()).orElse("");
            if (commandLine.contains("-Dquarkus.profile=local")) {
                Console.info(name + " runs with the development-only 'local' profile (./policylens run documents): "
                        + "restarting it");
            } else if (commandLine.contains("-XX:AOTMode=record")) {
                Console.info(name + " is an unfinished AOT training run: restarting it");
            } else if (newer(stack.paths().jar(name), stack.pidFiles().file(name))) {
                Console.info(name + " was rebuilt since it started: restarting it");
            } else {
                Console.info(name + " already running on " + url());
                return false;
            }
        }
        stop();
        stack.requireFree(url().getPort(),
                "is taken by another program; stop it or change the port (see docs/local-stack.md)");
        stack.requireFree(management().getPort(),
                "(" + name + "'s management port, its API port + 1000) is taken by another program;"
                + " stop it or change the port (see docs/local-stack.md)");
        return true;
    }

    /**
     * Starts the service in the background with its start-up cache when there is one; returns at once
     * ({@link #awaitReady} waits). Which cache it got is noted beside its pid file (run/&lt;service&gt;.cache) for
     * awaitReady and bench-startup.
     */
    public void launch() {
        String cacheOptions = new AotCaches(stack).options(name);
        Console.info("starting " + name + " on " + url()
                + (cacheOptions.isEmpty() ? "" : " (start-up cache: "
                        + cacheOptions.substring(cacheOptions.lastIndexOf('=') + 1) + ")") + "...");
        spawn(stack.paths().log(name), JvmOptions.split(cacheOptions));
        try {
            if (cacheOptions.isEmpty()) {
                Files.deleteIfExists(cacheNote());
            } else {
                Files.writeString(cacheNote(), cacheOptions + "\n");
            }
        } catch (IOException e) {
            throw new StackFailure("cannot write " + cacheNote() + ": " + e.getMessage());
        }
    }

    /**
     * Waits until the service is ready. One that dies before that while it had a start-up cache is started once more
     * without the cache (which is marked failed for this build): a cache must never keep a service from starting.
     */
    public void awaitReady() {
        Path log = stack.paths().log(name);
        boolean ready = Waiting.until(() -> {
            if (ready()) {
                return true;
            }
            if (pid().isEmpty()) {
                AotCaches caches = new AotCaches(stack);
                if (Files.exists(cacheNote()) && caches.kind() != AotCaches.Kind.NONE) {
                    Waiting.showTail(log, 20);
                    Console.info(name + " died before it was ready with its start-up cache (" + readNote()
                            + "): starting it without the cache");
                    caches.disable(name, "the service died before it was ready with this cache");
                    launch();
                    deleteNote();
                    return false;
                }
                Waiting.showTail(log, 40);
                throw new StackFailure(name + " failed to start (log: " + log + ")");
            }
            return false;
        }, Duration.ofSeconds(180), Duration.ofMillis(500));
        if (!ready) {
            Waiting.showTail(log, 40);
            throw new StackFailure(name + " not ready within 180s (log: " + log + ")");
        }
    }

    public void stop() {
        stack.termination().terminate(name, marker(name), Duration.ofSeconds(30));
    }

    private Path cacheNote() {
        return stack.paths().run().resolve(name + ".cache");
    }

    private String readNote() {
        try {
            return Files.readString(cacheNote()).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private void deleteNote() {
        try {
            Files.deleteIfExists(cacheNote());
        } catch (IOException e) {
            throw new StackFailure("cannot remove " + cacheNote());
        }
    }

    private static boolean newer(Path file, Path than) {
        try {
            return Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(than)) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
