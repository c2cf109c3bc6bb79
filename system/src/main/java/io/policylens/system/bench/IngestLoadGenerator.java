package io.policylens.system.bench;

import io.policylens.bench.seeds.SeedParagraphs;
import io.policylens.local.tokens.LocalTokens;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * HTTP ingest throughput of documents-service: submits N distinct plain-text documents of about 10 KB
 * ({@code POST /documents}, JSON) with a fixed number of concurrent requests and prints one JSON line with
 * documents/s, MB/s, latency percentiles and errors.
 *
 * <p>The documents are built at run time from the paragraphs of a seed folder (nothing is copied into the
 * repository): each starts with a line unique to this run and document number, then seed paragraphs from a
 * rotating offset until the target size, so content-hash idempotency never short-circuits a request.
 * Loopback targets only; bounded by document count and by wall-clock time.
 *
 * <p>Usage: {@code java -cp <system classpath> io.policylens.system.bench.IngestLoadGenerator --seeds DIR
 * [--url http://127.0.0.1:8081] [--documents 1000] [--concurrency 8] [--bytes 10240] [--warmup 300]
 * [--max-seconds 600] [--cpu-pids PID,PID --clock-ticks 100]}. With {@code --cpu-pids} (the service JVM and the
 * PostgreSQL postmaster) the result also says how much CPU the service and its database used per document and
 * how busy the machine was with other processes, so a figure measured on a shared machine can be judged. The bearer
 * token (role contributor) is minted with {@link LocalTokens}, i.e. the service must run with the {@code local}
 * profile; {@code --token T} overrides that.
 */
public final class IngestLoadGenerator {

    private IngestLoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new TreeMap<>(Map.of(
                "url", "http://127.0.0.1:8081", "documents", "1000", "concurrency", "8", "bytes", "10240",
                "warmup", "300", "max-seconds", "600", "partner", "bench", "cpu-pids", "", "clock-ticks", "100"));
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: --name value pairs; bad argument " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        if (!options.containsKey("seeds")) {
            throw new IllegalArgumentException(
                    "--seeds DIR is required (the seed corpus, e.g. ../shared/corpus/seeds)");
        }
        URI base = URI.create(options.get("url").replaceAll("/+$", ""));
        requireLoopback(base);
        int documents = bounded(options, "documents", 1, 100_000);
        int concurrency = bounded(options, "concurrency", 1, 64);
        int bytes = bounded(options, "bytes", 500, 1_000_000);
        int warmup = bounded(options, "warmup", 0, 10_000);
        int maxSeconds = bounded(options, "max-seconds", 1, 3600);
        String token = options.containsKey("token") ? options.get("token")
                : LocalTokens.token("bench-loader", options.get("partner"), Duration.ofHours(2), "contributor");

        List<String> paragraphs = SeedParagraphs.read(Path.of(options.get("seeds")));
        String run = UUID.randomUUID().toString().substring(0, 8);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(2))
                .build();
        URI endpoint = base.resolve("/documents");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);

        // warm-up: same path, separate document numbers, not counted
        if (warmup > 0) {
            run(client, endpoint, token, paragraphs, bytes, run, "warmup", warmup, concurrency, deadline);
        }
        List<Long> watched = options.get("cpu-pids").isBlank() ? List.of()
                : Arrays.stream(options.get("cpu-pids").split(",")).map(String::strip).map(Long::parseLong).toList();
        double ticks = Double.parseDouble(options.get("clock-ticks"));
        long[] machineBefore = machineTicks();
        long watchedBefore = processTreeTicks(watched);
        long selfBefore = selfCpuNanos();
        Result result = run(client, endpoint, token, paragraphs, bytes, run, "doc", documents, concurrency, deadline);
        long[] machineAfter = machineTicks();
        double watchedCpu = (processTreeTicks(watched) - watchedBefore) / ticks;
        double selfCpu = (selfCpuNanos() - selfBefore) / 1e9;
        double machineCpu = (machineAfter[0] - machineBefore[0]) / ticks;
        double machineTotal = (machineAfter[1] - machineBefore[1]) / ticks;

        long[] latencies = Arrays.copyOf(result.latencies, result.completed.get());
        Arrays.sort(latencies);
        int ok = result.statuses.getOrDefault(201, new AtomicInteger()).get();
        int errors = result.completed.get() - ok;
        StringBuilder statuses = new StringBuilder();
        result.statuses.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                statuses.append(statuses.isEmpty() ? "" : ",").append('"').append(e.getKey()).append("\":")
                        .append(e.getValue().get()));
        double seconds = result.nanos / 1e9;
        System.out.println(String.format(Locale.ROOT,
                "{\"benchmark\":\"documents-http-ingest\",\"url\":\"%s\",\"run\":\"%s\",\"documents\":%d,"
                        + "\"completed\":%d,\"created\":%d,\"errors\":%d,\"statuses\":{%s},\"firstError\":%s,"
                        + "\"concurrency\":%d,\"warmupDocuments\":%d,\"avgRequestBytes\":%d,\"seconds\":%.2f,"
                        + "\"documentsPerSecond\":%.1f,\"megabytesPerSecond\":%.2f,"
                        + "\"latencyMs\":{\"p50\":%.1f,\"p95\":%.1f,\"p99\":%.1f,\"max\":%.1f},\"timedOut\":%s,"
                        + "\"cpu\":{\"cores\":%d,\"serviceAndDatabaseSeconds\":%.2f,\"loadGeneratorSeconds\":%.2f,"
                        + "\"otherProcessesSeconds\":%.2f,\"machineBusyPercent\":%.0f,"
                        + "\"serviceAndDatabaseMsPerDocument\":%.2f,\"cpuBoundEstimateDocumentsPerSecond\":%.0f}}",
                endpoint, run, documents, result.completed.get(), ok, errors, statuses,
                result.firstError == null ? "null" : quote(result.firstError), concurrency, warmup,
                result.completed.get() == 0 ? 0 : result.bytes.get() / result.completed.get(), seconds,
                result.completed.get() / seconds, result.bytes.get() / 1048576.0 / seconds,
                percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99),
                latencies.length == 0 ? 0.0 : latencies[latencies.length - 1] / 1e6, result.timedOut,
                Runtime.getRuntime().availableProcessors(), watchedCpu, selfCpu,
                Math.max(0, machineCpu - watchedCpu - selfCpu),
                machineTotal == 0 ? 0 : 100.0 * machineCpu / machineTotal,
                result.completed.get() == 0 ? 0.0 : watchedCpu * 1000 / result.completed.get(),
                // what all cores would sustain if only the service, its database and this generator ran
                watchedCpu + selfCpu == 0 ? 0.0
                        : Runtime.getRuntime().availableProcessors() * result.completed.get()
                                / (watchedCpu + selfCpu)));
        System.exit(errors == 0 && !result.timedOut ? 0 : 1);
    }

    private static final class Result {
        final long[] latencies;
        final AtomicInteger completed = new AtomicInteger();
        final AtomicLong bytes = new AtomicLong();
        final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        volatile String firstError;
        volatile boolean timedOut;
        long nanos;

        Result(int documents) {
            latencies = new long[documents];
        }
    }

    private static Result run(HttpClient client, URI endpoint, String token, List<String> paragraphs, int bytes,
                              String run, String kind, int documents, int concurrency, long deadline)
            throws InterruptedException {
        Result result = new Result(documents);
        // bodies are built before the clock starts, so the generator competes as little as possible for CPU
        byte[][] bodies = new byte[documents][];
        for (int i = 0; i < documents; i++) {
            bodies[i] = body(paragraphs, bytes, run, kind, i).getBytes(StandardCharsets.UTF_8);
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            workers.submit(() -> {
                int number;
                while ((number = next.getAndIncrement()) < documents) {
                    if (System.nanoTime() > deadline) {
                        result.timedOut = true;
                        return;
                    }
                    byte[] body = bodies[number];
                    HttpRequest request = HttpRequest.newBuilder(endpoint)
                            .timeout(Duration.ofSeconds(30))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                            .build();
                    long sent = System.nanoTime();
                    int status;
                    String error = null;
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        status = response.statusCode();
                        if (status != 201) {
                            error = status + " " + abbreviate(response.body());
                        }
                    } catch (IOException e) {
                        status = -1;
                        error = e.toString();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    long latency = System.nanoTime() - sent;
                    int slot = result.completed.getAndIncrement();
                    result.latencies[slot] = latency;
                    result.bytes.addAndGet(body.length);
                    result.statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    if (error != null && result.firstError == null) {
                        result.firstError = error;
                    }
                }
            });
        }
        workers.shutdown();
        long remaining = deadline - System.nanoTime();
        if (!workers.awaitTermination(Math.max(remaining, 0) + TimeUnit.SECONDS.toNanos(35), TimeUnit.NANOSECONDS)) {
            result.timedOut = true;
            workers.shutdownNow();
            workers.awaitTermination(5, TimeUnit.SECONDS);
        }
        result.nanos = System.nanoTime() - start;
        return result;
    }

    /** Busy and total CPU ticks of the whole machine (/proc/stat), or zeros where unavailable. */
    private static long[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    /** CPU ticks (user + system, including reaped children) of the given processes and their direct children. */
    private static long processTreeTicks(List<Long> pids) {
        if (pids.isEmpty()) {
            return 0;
        }
        long sum = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                long[] stat = stat(proc);
                if (stat != null && (pids.contains(stat[0]) || pids.contains(stat[1]))) {
                    sum += stat[2];
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return sum;
    }

    /** pid, parent pid, utime + stime + cutime + cstime of /proc/[pid]/stat; null when it vanished. */
    private static long[] stat(Path proc) {
        try {
            String line = Files.readString(proc.resolve("stat"));
            String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
            // after the command: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14)
            return new long[] {Long.parseLong(proc.getFileName().toString()), Long.parseLong(f[1]),
                    Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long selfCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** A JSON create request for a unique ~{@code bytes}-byte plain-text document built from seed paragraphs. */
    static String body(List<String> paragraphs, int bytes, String run, String kind, int number) {
        StringBuilder text = new StringBuilder(bytes + 2048);
        text.append("Policy Lens ingest benchmark ").append(run).append(' ').append(kind).append(' ').append(number)
                .append("\n\n");
        int offset = Math.floorMod(number * 7919L, paragraphs.size());
        for (int i = 0; text.length() < bytes; i++) {
            text.append(paragraphs.get((offset + i) % paragraphs.size())).append("\n\n");
        }
        return "{\"content\":" + quote(text.toString())
                + ",\"format\":\"text\",\"title\":" + quote("Benchmark " + run + " " + kind + " " + number)
                + ",\"publisher\":\"Policy Lens benchmark\",\"language\":\"en\",\"visibility\":\"partner\"}";
    }

    private static void requireLoopback(URI base) throws IOException {
        if (!"http".equals(base.getScheme()) || base.getHost() == null) {
            throw new IllegalArgumentException("--url must be http://<loopback>:<port>, got " + base);
        }
        for (InetAddress address : InetAddress.getAllByName(base.getHost())) {
            if (!address.isLoopbackAddress()) {
                throw new IllegalArgumentException("refusing a non-loopback target: " + base);
            }
        }
    }

    private static int bounded(Map<String, String> options, String name, int min, int max) {
        int value = Integer.parseInt(options.get(name));
        if (value < min || value > max) {
            throw new IllegalArgumentException("--" + name + " must be between " + min + " and " + max);
        }
        return value;
    }

    private static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
