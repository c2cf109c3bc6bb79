package io.policylens.system.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policylens.system.stack.ApiResponse;
import io.policylens.system.stack.ExtractionProgress;
import io.policylens.system.stack.GatewayClient;
import io.policylens.system.stack.KeycloakTokens;
import io.policylens.system.stack.LocalStack;
import io.policylens.system.stack.RealmFile;
import io.policylens.system.stack.StackConfig;
import io.policylens.system.stack.StackParts;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./policylens bench system}: the whole stack on this machine, measured from outside like a partner sees it.
 * <ol>
 *   <li>Ingest: N documents of ~10 KB submitted through the gateway (8 concurrent, partner client), timed until
 *   fully extracted on the Kafka path: every document's status complete (both services' processed markers), both
 *   consumer groups committed past every new change with no lag, clustering caught up. Once per {@code --replicas}
 *   entry (1 and 2 replicas of claims- and recommendations-service by default), each on fresh documents, with each
 *   service's extraction CPU-seconds per document (all its replicas together).</li>
 *   <li>Analysis: {@code GET /api/v1/documents/{id}/analysis} over the ingested documents from 16 concurrent clients
 *   for a fixed time after a warm-up: requests/s and latency percentiles.</li>
 *   <li>Memory: each service's and the Kafka broker's resident set size after 1 and 2 (warm); and what
 *   documents-service's change relay published to Kafka (its {@code policylens_changes_relay_*} metrics).</li>
 *   <li>Startup: each service stopped and started alone, several times: time from process start to the first ready
 *   answer of /q/health/ready, and Quarkus's own "started in" figure.</li>
 * </ol>
 * The stack is a dedicated one (its own folder and ports, a fresh database) started through the launcher's scripts.
 */
public final class SystemBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STARTED_IN = Pattern.compile("started in ([0-9.]+)s");
    private static final String PARTNER = "partner-a-api";
    private static final Duration STATUS_INTERVAL = Duration.ofSeconds(1);

    private final Map<String, String> options;
    private final ObjectNode result = JSON.createObjectNode();
    private LocalStack stack;
    private GatewayClient gateway;
    private final HttpClient http = GatewayClient.newHttpClient();
    private KeycloakTokens tokens;

    private SystemBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new java.util.TreeMap<>();
        String[] defaults = {"documents", "1000", "bytes", "10240", "concurrency", "8", "clients", "16",
                "seconds", "30", "warmup-seconds", "30", "startup-runs", "3", "keep-running", "false",
                "timeout-seconds", "600", "attach", "false", "phases", "ingest,paced,analysis,startup",
                "analysis-cache", "true", "settle-seconds", "30", "replicas", "1,2",
                "paced-rate", "5", "paced-documents", "250"};
        for (int i = 0; i < defaults.length; i += 2) {
            options.put(defaults[i], defaults[i + 1]);
        }
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: --name value pairs; bad argument " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        for (String required : List.of("seeds", "home", "repo-root")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("--" + required + " is required");
            }
        }
        new SystemBenchmark(options).run();
    }

    private void run() throws Exception {
        Path root = Path.of(options.get("repo-root")).toAbsolutePath().normalize();
        Path home = Path.of(options.get("home")).toAbsolutePath();
        StackConfig config = StackConfig.fromEnvironment(System.getenv(), root);
        boolean attach = Boolean.parseBoolean(options.get("attach"));
        Map<String, String> environment = Map.of(
                // capacity, not policy, is measured: the limiters stay on with limits the load never reaches
                "RATE_LIMIT_CAPACITY", "1000000", "RATE_LIMIT_REFILL_PER_SECOND", "100000",
                "RATE_LIMIT_ORGANISATION_CAPACITY", "1000000", "RATE_LIMIT_ORGANISATION_REFILL_PER_SECOND", "100000",
                "RATE_LIMIT_ORGANISATION_SUBMISSIONS", "1000");
        if (attach) {
            log("measuring the stack already running from " + home + " (gateway " + config.gateway() + ")");
            stack = LocalStack.attach(root, home, config, environment);
        } else {
            // a stack kept by an earlier run (--keep-running true) is stopped before its database is deleted under it
            LocalStack.attach(root, home, config, environment).close();
            deleteData(home);
            log("starting a dedicated stack in " + home + " (gateway " + config.gateway() + ")...");
            long t0 = System.nanoTime();
            stack = LocalStack.start(root, home, config, environment);
            result.put("stackStartSeconds", seconds(System.nanoTime() - t0));
        }
        tokens = new KeycloakTokens(config.issuer(), RealmFile.read(config.realmFile()), http);
        gateway = new GatewayClient(config.gateway(), tokens, http, true);
        List<String> phases = List.of(options.get("phases").split(","));
        try {
            PeakMemory peak = PeakMemory.start(stack);
            List<UUID> ids;
            try {
                ids = phases.contains("ingest") ? ingestPerReplicaCount() : existingDocuments();
                if (phases.contains("analysis")) {
                    analysisLatency(ids);
                }
            } finally {
                peak.stop();
            }
            memory("rssMiBAfterLoad");
            Map<String, Long> peaks = peak.peaks();
            result.set("rssMiBPeakDuringLoad", JSON.valueToTree(peaks));
            log("  rssMiBPeakDuringLoad " + peaks);
            // what a warmed-up service keeps once the burst is over (a collector that gives memory back does so here)
            long settle = Long.parseLong(options.get("settle-seconds"));
            if (settle > 0) {
                log("  " + settle + " s without load...");
                CpuUsage quietFrom = CpuUsage.now(stack);
                Thread.sleep(Duration.ofSeconds(settle).toMillis());
                memory("rssMiBSettled");
                // what each part costs doing nothing (consumer fetches, relay polls, schedulers): a replica pays it
                // whatever the load, so it is the floor of what a second replica adds
                JsonNode idle = CpuUsage.now(stack).since(quietFrom, settle, "Second");
                result.set("idleCpuMsPerSecond", idle.path("msPerSecond"));
                log("  idleCpuMsPerSecond " + idle.path("msPerSecond"));
            }
            changeRelay();
            if (phases.contains("startup")) {
                startup();
            }
            result.put("machine", machine());
            String json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result);
            Path out = home.resolve("bench-system.json");
            Files.writeString(out, json);
            log("results in " + out);
            System.out.println(JSON.writeValueAsString(result));
        } finally {
            if (!attach && !Boolean.parseBoolean(options.get("keep-running"))) {
                stack.close();
            }
        }
    }

    // ---- 1. ingest until fully extracted ----

    /**
     * One ingest per entry of {@code --replicas} (e.g. 1,2): with that many replicas of claims- and
     * recommendations-service in their consumer groups, each on a fresh batch of documents. Returns the last batch.
     */
    private List<UUID> ingestPerReplicaCount() throws Exception {
        ObjectNode ingests = result.putObject("ingest");
        List<UUID> ids = List.of();
        List<String> table = new ArrayList<>();
        table.add("replicas | fully extracted s | claims CPU ms/doc (2nd half) | recommendations CPU ms/doc (2nd half)"
                + " | submitted docs/s | claims / recommendations ms/doc: application, jit, gcAndVm");
        boolean pacedRounds = List.of(options.get("phases").split(",")).contains("paced");
        List<String> paced = new ArrayList<>();
        paced.add("replicas | paced: claims CPU ms/doc | recommendations CPU ms/doc without re-clustering"
                + " | claims / recommendations ms/doc: application, jit, gcAndVm");
        for (String count : options.get("replicas").split(",")) {
            int replicas = Integer.parseInt(count.strip());
            if (replicas < 1 || replicas > 2) {
                throw new IllegalArgumentException("--replicas takes 1 and/or 2, not " + count);
            }
            for (String service : List.of("claims", "recommendations")) {
                if (replicas == 2) {
                    log("starting a second replica of " + service + "-service...");
                    stack.startReplica(service);
                } else {
                    stack.stopReplica(service, false);
                }
            }
            // the groups rebalance when a replica joins or leaves: let them settle before the clock starts
            Thread.sleep(10_000);
            ObjectNode ingest = ingests.putObject("replicas" + replicas);
            ids = ingest(ingest, Integer.parseInt(options.get("documents")), 0);
            JsonNode whole = ingest.path("extractionCpuMsPerDocument");
            JsonNode warm = ingest.path("extractionCpuMsPerDocumentSecondHalf");
            JsonNode byThread = ingest.path("extractionCpuMsPerDocumentByThread");
            table.add(String.format("%8d | %17.1f | %18.1f (%5.1f) | %27.1f (%5.1f) | %16.1f | %s / %s", replicas,
                    ingest.path("fullyExtractedSeconds").asDouble(), whole.path("claims-service").asDouble(),
                    warm.path("claims-service").asDouble(), whole.path("recommendations-service").asDouble(),
                    warm.path("recommendations-service").asDouble(), ingest.path("submitDocumentsPerSecond").asDouble(),
                    threadSplit(byThread.path("claims-service")),
                    threadSplit(byThread.path("recommendations-service"))));
            if (pacedRounds) {
                paced.add(pacedRound(ingests, replicas));
            }
        }
        table.forEach(line -> log("  " + line));
        paced.forEach(line -> log("  " + line));
        return ids;
    }

    /**
     * Documents submitted at a steady rate the stack keeps up with, after the saturating round and with the same
     * replicas, all warm by now. A saturating round on 2 cores runs four busy extraction JVMs where one replica per
     * service runs two, and the cores' contention makes every unit of work dearer; at a rate below capacity the
     * replicas seldom run at once, so this round shows whether a second replica adds work apart from what sharing the
     * cores costs.
     */
    private String pacedRound(ObjectNode ingests, int replicas) throws Exception {
        ObjectNode ingest = ingests.putObject("pacedReplicas" + replicas);
        int documents = Integer.parseInt(options.get("paced-documents"));
        double clusteringBefore = clusteringSeconds();
        ingest(ingest, documents, Double.parseDouble(options.get("paced-rate")));
        // a steady stream re-clusters every recommendation once per max-delay (5 s), and each round holds more of them
        // than the one before: that cost follows the data, not the replicas, so its CPU is reported apart and taken out
        double clusteringMsPerDocument = (clusteringSeconds() - clusteringBefore) * 1000 / documents;
        ingest.put("reclusteringMsPerDocument", round(clusteringMsPerDocument));
        double recommendations = ingest.path("extractionCpuMsPerDocument").path("recommendations-service").asDouble();
        ingest.put("recommendationsCpuMsPerDocumentWithoutReclustering",
                round(recommendations - clusteringMsPerDocument));
        JsonNode byThread = ingest.path("extractionCpuMsPerDocumentByThread");
        return String.format("%8d | %17.1f | %26.1f (%4.1f re-clustering) | %s / %s", replicas,
                ingest.path("extractionCpuMsPerDocument").path("claims-service").asDouble(),
                recommendations - clusteringMsPerDocument, clusteringMsPerDocument,
                threadSplit(byThread.path("claims-service")), threadSplit(byThread.path("recommendations-service")));
    }

    /** The CPU time recommendations-service's replicas have spent re-clustering since they started, together. */
    private double clusteringSeconds() throws Exception {
        double seconds = 0;
        for (String part : stack.runningServices()) {
            if (part.startsWith("recommendations-service")) {
                seconds += PrometheusText.sum(metricsOf(part), "policylens_clustering_cpu_seconds_total");
            }
        }
        return seconds;
    }

    /** A part's Prometheus text, from its management port. */
    private String metricsOf(String part) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(stack.config().managementOf(part).resolve("/q/metrics"))
                .timeout(Duration.ofSeconds(10)).GET().build();
        return http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String threadSplit(JsonNode split) {
        return String.format("%.1f, %.1f, %.1f", split.path("application").asDouble(), split.path("jit").asDouble(),
                split.path("gcAndVm").asDouble());
    }

    /** Submits {@code documents} new documents, at {@code rate} per second or as fast as it can when 0. */
    private List<UUID> ingest(ObjectNode ingest, int documents, double rate) throws Exception {
        int concurrency = Integer.parseInt(options.get("concurrency"));
        BenchDocuments generator = new BenchDocuments(Path.of(options.get("seeds")),
                UUID.randomUUID().toString().substring(0, 8),
                Integer.parseInt(options.get("bytes")));
        // bodies are serialised before the clock starts: the load generator shares the 2 cores with the stack
        List<byte[]> bodies = new ArrayList<>(documents);
        long bytes = 0;
        for (int n = 0; n < documents; n++) {
            String content = generator.document(n);
            bytes += content.length();
            bodies.add(JSON.writeValueAsBytes(Map.of("content", content, "format", "text", "visibility", "public")));
        }
        log("ingest: " + documents + " documents of ~" + bytes / documents + " characters through the gateway, "
                + concurrency + " concurrent...");
        List<UUID> ids = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger created = new AtomicInteger();
        // a consumer group's cursor is the sum of its committed offsets over the topic's partitions
        long claimsBefore = feed("claims").path("cursor").asLong();
        long recommendationsBefore = feed("recommendations").path("cursor").asLong();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        Latencies[] latencies = new Latencies[concurrency];
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        CpuUsage cpuBefore = CpuUsage.now(stack);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            Latencies mine = latencies[w] = new Latencies();
            workers.add(pool.submit(() -> {
                try (KeepAliveConnection connection = new KeepAliveConnection(gateway.base())) {
                    for (int n = next.getAndIncrement(); n < documents; n = next.getAndIncrement()) {
                        if (rate > 0) {
                            long due = start + (long) (n * 1e9 / rate);
                            Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
                        }
                        String token = tokens.token(PARTNER);
                        long t = System.nanoTime();
                        KeepAliveConnection.Answer answer = connection.postJson(
                                "/api/v1/documents", token, bodies.get(n));
                        mine.add(System.nanoTime() - t);
                        if (answer.status() == 201) {
                            created.incrementAndGet();
                        }
                        if (answer.status() == 201 || answer.status() == 200) {
                            ids.add(UUID.fromString(JSON.readTree(answer.body()).path("id").asText()));
                        } else if (errors.incrementAndGet() <= 5) {
                            log("  submission " + n + ": HTTP " + answer.status() + " "
                                    + new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8));
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        long submitted = System.nanoTime() - start;
        CpuUsage cpuSubmitted = CpuUsage.now(stack);
        Latencies all = new Latencies();
        for (Latencies l : latencies) {
            all.addAll(l);
        }
        log(String.format("  submitted in %.1fs (%.0f documents/s, p99 %.0f ms, %d errors); waiting for extraction...",
                seconds(submitted), documents / seconds(submitted), all.percentileMillis(99), errors.get()));

        // Fully extracted, on the Kafka path: every document's status says both services processed its revision (their
        // processed markers: GET /documents/{id}/status "complete"), both consumer groups have committed past every
        // new change with no lag left (each new document is one change on the topic; the stack is a dedicated one,
        // so nobody else writes), and recommendations-service's background clustering has nothing pending. The observer
        // must not take the cores it measures: the two feed views (lag) are read every 250 ms, the statuses (each is
        // four calls through the gateway) once a second, oldest first, 16 at a time, stopping at the first incomplete
        // group. Statuses complete before the lag reaches 0 (offsets are committed after the processed markers), so
        // the slower cadence does not delay the end.
        Duration timeout = Duration.ofSeconds(Long.parseLong(options.get("timeout-seconds")));
        long claimsDone = 0;
        long recommendationsDone = 0;
        long clusteredDone = 0;
        long processedDone = 0;
        List<UUID> pending = new ArrayList<>(ids);
        long statusesCheckedAt = 0;
        JsonNode recommendationsFeed = null;
        Map<String, CpuUsage> cpuAtHalf = new HashMap<>();
        Map<String, Long> appliedAtHalf = new HashMap<>();
        while (System.nanoTime() - start < timeout.toNanos()) {
            long now = System.nanoTime();
            if (processedDone == 0 && now - statusesCheckedAt >= STATUS_INTERVAL.toNanos()) {
                statusesCheckedAt = now;
                pending = stillIncomplete(pending, 16);
                if (pending.isEmpty()) {
                    processedDone = now;
                }
            }
            JsonNode claimsFeed = feed("claims");
            half("claims-service", claimsFeed.path("cursor").asLong() - claimsBefore, created.get(), cpuAtHalf,
                    appliedAtHalf);
            if (claimsDone == 0 && caughtUp(claimsFeed, claimsBefore + created.get())) {
                claimsDone = now;
            }
            recommendationsFeed = feed("recommendations");
            half("recommendations-service", recommendationsFeed.path("cursor").asLong() - recommendationsBefore,
                    created.get(), cpuAtHalf, appliedAtHalf);
            if (recommendationsDone == 0 && caughtUp(recommendationsFeed, recommendationsBefore + created.get())) {
                recommendationsDone = now;
            }
            // clusters are made by a background job after the changes are applied: part of being fully extracted
            if (recommendationsDone != 0 && clusteredDone == 0
                    && !recommendationsFeed.path("clustering").path("pending").asBoolean(true)) {
                clusteredDone = now;
            }
            if (claimsDone != 0 && recommendationsDone != 0 && clusteredDone != 0 && processedDone != 0) {
                break;
            }
            Thread.sleep(250); // each look is a few requests through the gateway: cheap, but not free on 2 cores
        }
        boolean done = claimsDone != 0 && recommendationsDone != 0 && clusteredDone != 0 && processedDone != 0;
        long extracted = Math.max(Math.max(claimsDone, processedDone),
                Math.max(recommendationsDone, clusteredDone)) - start;
        CpuUsage cpuExtracted = CpuUsage.now(stack);
        ingest.put("documents", documents);
        ingest.put("pacedDocumentsPerSecond", rate);
        ingest.put("averageCharacters", bytes / documents);
        ingest.put("concurrency", concurrency);
        ingest.put("submitSeconds", seconds(submitted));
        ingest.put("submitDocumentsPerSecond", round(documents / seconds(submitted)));
        ingest.put("submitP50Ms", round(all.percentileMillis(50)));
        ingest.put("submitP99Ms", round(all.percentileMillis(99)));
        ingest.put("submitErrors", errors.get());
        ingest.put("replicas", stack.runningServices().contains("claims-service-2") ? 2 : 1);
        ingest.put("allProcessedSeconds", processedDone == 0 ? -1 : seconds(processedDone - start));
        ingest.put("claimsCaughtUpSeconds", claimsDone == 0 ? -1 : seconds(claimsDone - start));
        ingest.put("recommendationsCaughtUpSeconds",
                recommendationsDone == 0 ? -1 : seconds(recommendationsDone - start));
        ingest.put("recommendationsClusteredSeconds", clusteredDone == 0 ? -1 : seconds(clusteredDone - start));
        ingest.put("fullyExtractedSeconds", done ? seconds(extracted) : -1);
        ingest.put("documentsNeverCompleted", pending.size());
        // the last re-clustering (of every recommendation) is the tail of "fully extracted": how long it took
        if (recommendationsFeed != null) {
            ingest.set("lastClustering", recommendationsFeed.path("clustering"));
        }
        ingest.put("claims", gateway.get(PARTNER, "/api/v1/claims?size=1").json().path("total").asLong());
        ingest.put("recommendations", gateway.get(PARTNER, "/api/v1/recommendations?size=1").json().path("total")
                .asLong());
        // CPU per document: of the submission alone, and of the whole ingest until fully extracted
        ingest.set("cpuWhileSubmitting", cpuSubmitted.since(cpuBefore, documents, "Document"));
        ingest.set("cpuUntilExtracted", cpuExtracted.since(cpuBefore, documents, "Document"));
        // what extraction costs each service per document, all its replicas together (it must not grow with replicas)
        ObjectNode extraction = ingest.putObject("extractionCpuMsPerDocument");
        for (String service : List.of("claims-service", "recommendations-service")) {
            double cpuSeconds = cpuExtracted.serviceSince(cpuBefore, service);
            extraction.put(service, round(cpuSeconds * 1000 / Math.max(1, created.get())));
        }
        // the same once warm: from the moment a service had applied half of the changes to the end, per change applied
        // since. A replica started for the round compiles its code (C1) during its first documents; the whole-round
        // figure counts that, this one does not, so it compares what a replica costs in steady operation
        ObjectNode warm = ingest.putObject("extractionCpuMsPerDocumentSecondHalf");
        for (String service : List.of("claims-service", "recommendations-service")) {
            if (cpuAtHalf.containsKey(service)) {
                warm.put(service, round(cpuExtracted.serviceSince(cpuAtHalf.get(service), service) * 1000
                        / Math.max(1, created.get() - appliedAtHalf.get(service))));
            }
        }
        // where each service's CPU went, all replicas together: a second replica compiles (C1) and collects on its own,
        // a cost per JVM, not per document; the application threads' share is what extracting a document costs
        ObjectNode byThread = ingest.putObject("extractionCpuMsPerDocumentByThread");
        for (String service : List.of("claims-service", "recommendations-service")) {
            ObjectNode split = byThread.putObject(service);
            cpuExtracted.serviceByThreadSince(cpuBefore, service)
                    .forEach((kind, seconds) -> split.put(kind, round(seconds * 1000 / Math.max(1, created.get()))));
        }
        log("  " + ingest);
        return ids;
    }

    /** The ids of (up to 1,000 of) the documents the partner sees, for measuring a stack that already holds some. */
    private List<UUID> existingDocuments() {
        List<UUID> ids = new ArrayList<>();
        for (int page = 0; page < 10; page++) {
            JsonNode answer = gateway.get(PARTNER, "/api/v1/documents?size=100&page=" + page).expect(200).json();
            answer.path("items").forEach(d -> ids.add(UUID.fromString(d.path("id").asText())));
            if (answer.path("items").size() < 100) {
                break;
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("the stack holds no documents to analyse; run the ingest phase first");
        }
        return ids;
    }

    private JsonNode feed(String service) {
        return gateway.get("admin", "/api/v1/" + service + "/admin/feed").expect(200).json();
    }

    /** Takes the CPU reading of a service once its group has committed half of the round's changes. */
    private void half(String service, long applied, long created, Map<String, CpuUsage> cpuAtHalf,
            Map<String, Long> appliedAtHalf) {
        if (!cpuAtHalf.containsKey(service) && created > 0 && applied * 2 >= created) {
            cpuAtHalf.put(service, CpuUsage.now(stack));
            appliedAtHalf.put(service, applied);
        }
    }

    /** Whether a consumer group committed at least {@code target} offsets in all and has no lag. */
    private static boolean caughtUp(JsonNode feed, long target) {
        return feed.path("lag").asLong(-1) == 0 && feed.path("cursor").asLong() >= target;
    }

    /**
     * The documents not complete yet, checking {@code group} at a time in order and stopping at the first group with
     * an incomplete one (the rest are not checked yet and stay pending).
     */
    private List<UUID> stillIncomplete(List<UUID> pending, int group) throws Exception {
        for (int from = 0; from < pending.size(); from += group) {
            List<UUID> checked = pending.subList(from, Math.min(pending.size(), from + group));
            List<UUID> incomplete = incomplete(checked);
            if (!incomplete.isEmpty()) {
                List<UUID> rest = new ArrayList<>(incomplete);
                rest.addAll(pending.subList(from + checked.size(), pending.size()));
                return rest;
            }
        }
        return List.of();
    }

    /** The documents the gateway's status does not report complete. */
    private List<UUID> incomplete(List<UUID> ids) throws Exception {
        ExtractionProgress progress = new ExtractionProgress(gateway, PARTNER);
        List<UUID> incomplete = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (UUID id : ids) {
            pool.submit(() -> {
                if (!progress.complete(id)) {
                    incomplete.add(id);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        return List.copyOf(incomplete);
    }

    // ---- 2. analysis latency under concurrent clients ----

    private void analysisLatency(List<UUID> ids) throws Exception {
        int clients = Integer.parseInt(options.get("clients"));
        long warmup = Duration.ofSeconds(Long.parseLong(options.get("warmup-seconds"))).toNanos();
        long measured = Duration.ofSeconds(Long.parseLong(options.get("seconds"))).toNanos();
        log("analysis: GET /api/v1/documents/{id}/analysis, " + clients + " clients, " + seconds(warmup)
                + "s warm-up + " + seconds(measured) + "s...");
        Latencies[] latencies = new Latencies[clients];
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long measureFrom = start + warmup;
        long end = measureFrom + measured;
        List<Future<?>> workers = new ArrayList<>();
        CpuUsage[] cpuWindow = new CpuUsage[2];
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.schedule(() -> cpuWindow[0] = CpuUsage.now(stack), warmup, TimeUnit.NANOSECONDS);
        sampler.schedule(() -> cpuWindow[1] = CpuUsage.now(stack), warmup + measured, TimeUnit.NANOSECONDS);
        byte[] degraded = "\"degraded\":true".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        // --analysis-cache false: every request asks for a fresh analysis (the cost without the gateway's view cache)
        boolean cache = Boolean.parseBoolean(options.get("analysis-cache"));
        String headers = cache ? "" : "Cache-Control: no-cache\r\n";
        for (int c = 0; c < clients; c++) {
            Latencies mine = latencies[c] = new Latencies();
            workers.add(pool.submit(() -> {
                try (KeepAliveConnection connection = new KeepAliveConnection(gateway.base())) {
                    while (System.nanoTime() < end) {
                        UUID id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
                        String token = tokens.token(PARTNER);
                        long t = System.nanoTime();
                        KeepAliveConnection.Answer answer = connection.get(
                                "/api/v1/documents/" + id + "/analysis", token, headers);
                        long done = System.nanoTime();
                        if (t >= measureFrom && done <= end) {
                            mine.add(done - t);
                            if (answer.status() != 200 || answer.bodyContains(degraded)) {
                                errors.incrementAndGet();
                            }
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        sampler.shutdown();
        sampler.awaitTermination(1, TimeUnit.MINUTES);
        Latencies all = new Latencies();
        for (Latencies l : latencies) {
            all.addAll(l);
        }
        ObjectNode analysis = result.putObject("analysis");
        analysis.put("clients", clients);
        analysis.put("viewCache", cache);
        analysis.put("seconds", seconds(measured));
        analysis.put("requests", all.count());
        analysis.put("requestsPerSecond", round(all.count() / seconds(measured)));
        analysis.put("p50Ms", round(all.percentileMillis(50)));
        analysis.put("p95Ms", round(all.percentileMillis(95)));
        analysis.put("p99Ms", round(all.percentileMillis(99)));
        analysis.put("maxMs", round(all.percentileMillis(100)));
        analysis.put("errorsOrDegraded", errors.get());
        if (cpuWindow[0] != null && cpuWindow[1] != null) {
            analysis.set("cpu", cpuWindow[1].since(cpuWindow[0], all.count(), "Request"));
        }
        log("  " + analysis);
    }

    // ---- 3. memory ----

    private void memory(String field) {
        ObjectNode rss = result.putObject(field);
        ObjectNode split = result.putObject(field.replace("rss", "rssAnonAndFile"));
        List<String> measured = new ArrayList<>(StackParts.MEASURED);
        measured.addAll(stack.runningServices().subList(StackParts.SERVICES.size(), stack.runningServices().size()));
        for (String service : measured) {
            long pid = stack.pid(service);
            rss.put(service, ProcessStats.residentMiB(pid).orElse(-1));
            split.put(service, ProcessStats.statusMiB(pid, "RssAnon:").orElse(-1) + " + "
                    + ProcessStats.statusMiB(pid, "RssFile:").orElse(-1));
        }
        log("  " + field + " " + rss + " (anonymous + file-backed: " + split + ")");
    }

    /**
     * The change relay's counters from documents-service's metrics (before the startup phase restarts it): every
     * submitted document is one change, so {@code relayed} must reach the documents created.
     */
    private void changeRelay() throws Exception {
        ObjectNode relay = result.putObject("changeRelay");
        RelayMetrics.parse(metricsOf("documents-service")).forEach(relay::put);
        log("  changeRelay " + relay);
    }

    // ---- 4. startup, one service at a time ----

    private void startup() throws Exception {
        int runs = Integer.parseInt(options.get("startup-runs"));
        if (runs < 1) {
            return;
        }
        ObjectNode startup = result.putObject("startup");
        for (String service : StackParts.SERVICES) {
            ObjectNode entry = startup.putObject(service);
            List<Double> toReady = new ArrayList<>();
            List<Double> quarkus = new ArrayList<>();
            List<Long> idleRss = new ArrayList<>();
            int discarded = 0;
            for (int run = 0; run < runs && discarded < runs; run++) {
                stack.stop(service, false);
                Thread.sleep(1000);
                ExecutorService starter = Executors.newSingleThreadExecutor();
                Future<?> starting = starter.submit(() -> stack.start(service));
                long readyAt = 0;
                long readyPid = -1;
                while (readyAt == 0 && !starting.isDone()) {
                    if (stack.readiness(service) == 200) {
                        readyAt = System.currentTimeMillis();
                        readyPid = stack.pid(service);
                    } else {
                        Thread.sleep(10);
                    }
                }
                starting.get();
                starter.shutdown();
                long pid = stack.pid(service);
                if (readyAt != 0 && readyPid != pid) {
                    // the ready process was another one (an AOT training run of a build without a cache): not a start
                    log("  startup " + service + ": run " + (run + 1) + " began with an AOT training run, not counted");
                    discarded++;
                    run--;
                    continue;
                }
                if (readyAt == 0) {
                    readyAt = System.currentTimeMillis();
                }
                toReady.add((readyAt - ProcessStats.startedAtMillis(pid)) / 1000.0);
                quarkusStartedIn(service).ifPresent(quarkus::add);
                Thread.sleep(2000);
                idleRss.add(ProcessStats.residentMiB(pid).orElse(-1));
            }
            if (toReady.isEmpty()) {
                continue;
            }
            Collections.sort(toReady);
            entry.put("processStartToReadySecondsMedian", toReady.get(toReady.size() / 2));
            entry.put("processStartToReadySeconds", toReady.toString());
            entry.put("quarkusStartedInSeconds", quarkus.toString());
            entry.put("rssMiBIdleAfterStart", idleRss.toString());
            log("  startup " + service + " " + entry);
        }
    }

    private java.util.Optional<Double> quarkusStartedIn(String service) throws IOException {
        Matcher matcher = STARTED_IN.matcher(Files.readString(stack.log(service)));
        Double last = null;
        while (matcher.find()) {
            last = Double.parseDouble(matcher.group(1));
        }
        return java.util.Optional.ofNullable(last);
    }

    // ---- helpers ----

    /** A fresh database and Kafka log: the relay's position lives in the database, its records in Kafka. */
    private static void deleteData(Path home) throws IOException {
        for (Path data : List.of(home.resolve("postgres/data"), home.resolve("kafka"))) {
            if (Files.exists(data)) {
                try (var paths = Files.walk(data)) {
                    paths.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private static ObjectNode machine() {
        ObjectNode machine = JSON.createObjectNode();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        return machine;
    }

    private static double seconds(long nanos) {
        return round(nanos / 1e9);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static void log(String line) {
        System.err.println("policylens: " + line);
    }
}
