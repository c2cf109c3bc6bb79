package io.policylens.system.supervisor.aot;

import io.policylens.system.stack.KeycloakTokens;
import io.policylens.system.supervisor.Console;
import io.policylens.system.supervisor.JvmOptions;
import io.policylens.system.supervisor.Service;
import io.policylens.system.supervisor.StackContext;
import io.policylens.system.supervisor.Waiting;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The training run of one service's AOT cache (JDK &gt;= 25): 1. the service itself starts with -XX:AOTMode=record and
 * its real settings (under the service's pid file, so stop/down/status see it), 2. answers a few real requests
 * (POLICYLENS_AOT_TRAIN_ROUNDS rounds, default 10), 3. stops gracefully (the JVM writes the recorded configuration at
 * exit), 4. -XX:AOTMode=create writes the cache, 5. the JVM must accept it. Any failure only means no cache.
 */
final class AotTraining {

    private final StackContext stack;
    private final AotCaches caches;
    private final String name;
    private final Service service;
    private final Path log;

    AotTraining(StackContext stack, AotCaches caches, String name) {
        this.stack = stack;
        this.caches = caches;
        this.name = name;
        this.service = new Service(stack, name);
        this.log = stack.paths().logs().resolve(name + "-aot-training.log");
    }

    void run() {
        String key = caches.key(name);
        String suffix = "." + ProcessHandle.current().pid();
        Path dir = caches.dir(name);
        Path conf = dir.resolve(key + ".aotconf" + suffix);
        Path tmp = dir.resolve(key + ".aot" + suffix);
        long start = System.nanoTime();
        try {
            Files.createDirectories(dir);
            Files.createDirectories(stack.paths().logs());
            Console.info("training the AOT cache of " + name + " (once per build; log: " + log + ")...");
            Optional<String> failure = train(conf, tmp);
            if (failure.isPresent()) {
                giveUp(key, suffix, failure.get());
                return;
            }
            Files.deleteIfExists(conf);
            Files.deleteIfExists(caches.failedNote(name, key));
            Path cache = caches.cache(name, key);
            Files.move(tmp, cache, StandardCopyOption.REPLACE_EXISTING);
            caches.keepOnly(name, key);
            Console.info(String.format("AOT cache of %s ready (%d MB, %.1fs)", name, Files.size(cache) / (1024 * 1024),
                    (System.nanoTime() - start) / 1e9));
        } catch (IOException | RuntimeException e) {
            giveUp(key, suffix, "the training run failed: " + e.getMessage());
        }
    }

    /** The steps; the reason when one fails. */
    private Optional<String> train(Path conf, Path tmp) throws IOException {
        service.spawn(log, List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + conf));
        boolean ready = Waiting.until(() -> service.ready() || service.pid().isEmpty(), Duration.ofSeconds(180),
                Duration.ofMillis(100));
        if (!service.ready()) {
            return Optional.of(ready ? "the training run ended before it was ready"
                    : "the training run was not ready within 180s");
        }
        exercise();
        stack.termination().terminate(name, Service.marker(name), Duration.ofSeconds(60));
        if (!AotCaches.nonEmpty(conf)) {
            return Optional.of("no AOT configuration was recorded");
        }
        List<String> create = java("-XX:AOTMode=create", "-XX:AOTConfiguration=" + conf, "-XX:AOTCache=" + tmp,
                "-jar", stack.paths().jar(name).toString());
        if (run(create, Duration.ofSeconds(600)) != 0 || !AotCaches.nonEmpty(tmp)) {
            return Optional.of("creating the cache failed");
        }
        // AOTMode=on fails instead of ignoring a cache it cannot use
        List<String> check = java("-XX:AOTMode=on", "-XX:AOTCache=" + tmp, "-cp",
                stack.paths().jar(name).toString(), "-version");
        if (run(check, Duration.ofSeconds(600)) != 0) {
            return Optional.of("the JVM does not accept the new cache");
        }
        return Optional.empty();
    }

    /**
     * Sends the training requests, with a reader token when Keycloak gives one and once without (the 401 path);
     * answers are not checked: a 4xx or 5xx is a code path too.
     */
    private void exercise() {
        // HTTP/1.1 as the services' real callers use it; the default HTTP/2 first asks for an h2c upgrade
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Optional<String> token = readerToken(http);
        int rounds = Integer.parseInt(stack.env("POLICYLENS_AOT_TRAIN_ROUNDS", "10"));
        for (int round = 0; round < rounds; round++) {
            for (TrainingRequests.Request request : TrainingRequests.of(name)) {
                URI base = request.management() ? service.management() : service.url();
                HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.path()))
                        .timeout(Duration.ofSeconds(20));
                token.ifPresent(t -> builder.header("Authorization", "Bearer " + t));
                if (request.body() != null) {
                    builder.header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(request.body()));
                }
                // the request timeout ends the wait for the answer's head only; a body that never ends held a
                // training run (and the `up` waiting for it) for good once, so the whole exchange has a deadline
                CompletableFuture<HttpResponse<Void>> exchange =
                        http.sendAsync(builder.build(), HttpResponse.BodyHandlers.discarding());
                try {
                    exchange.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    exchange.cancel(true); // not answered in time: still a code path taken
                } catch (InterruptedException e) {
                    exchange.cancel(true);
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            service.ready();
        }
    }

    private Optional<String> readerToken(HttpClient http) {
        try {
            return Optional.of(new KeycloakTokens(stack.config().issuer(), stack.realm(), http).token("reader"));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Ends a failed training run: no cache for this build, a note says why (needsTraining reads it). */
    private void giveUp(String key, String suffix, String reason) {
        try {
            stack.termination().terminate(name, Service.marker(name), Duration.ofSeconds(30));
        } catch (RuntimeException e) {
            // it is gone either way
        }
        try (Stream<Path> files = Files.list(caches.dir(name))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(key + ".")
                    && f.getFileName().toString().endsWith(suffix)).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // nothing to clean
        }
        caches.disable(name, reason);
        Console.info("AOT cache training of " + name + " failed (" + reason + "; log: " + log + "): " + name
                + " starts without a cache");
    }

    private List<String> java(String... options) {
        List<String> command = new ArrayList<>();
        command.add(stack.jdk().java());
        command.addAll(JvmOptions.split(stack.jvmOptions().forService(name)));
        command.addAll(List.of(options));
        return command;
    }

    private int run(List<String> command, Duration timeout) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return -1;
        }
    }
}
