package io.policylens.system.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.policylens.system.e2e.fuzz.ApiOperation;
import io.policylens.system.e2e.fuzz.Baselines;
import io.policylens.system.e2e.fuzz.FuzzCase;
import io.policylens.system.e2e.fuzz.FuzzPlan;
import io.policylens.system.e2e.fuzz.FuzzRequest;
import io.policylens.system.e2e.fuzz.OpenApiOperations;
import io.policylens.system.stack.StackParts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input for every public endpoint, generated from the gateway's own OpenAPI document (/q/openapi): malformed JSON,
 * wrong types, huge and empty strings, unknown fields, boundary numbers, bad UUIDs, bad query parameters and wrong
 * content types, each sent by a caller that rotates through every role (and once more as admin, so the request gets
 * past the role check). The seed ({@code -Dpolicylens.fuzz.seed}) fixes every request; the plan has 2 cases per
 * endpoint and mutation class. Whatever the input: never a 5xx, every error a problem+json with the request id,
 * nothing stored for a refused write, and all services still ready afterwards.
 */
@Order(3)
class FuzzE2ETest extends E2eTest {

    static final long SEED = Long.getLong("policylens.fuzz.seed", 20_261_204L);
    private static final Pattern UUID_LIKE = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private record Answer(FuzzCase fuzz, int status, String contentType, String requestIdHeader, String body) {
    }

    private static UUID document;
    private static String claim;
    private static String recommendation;
    private static final List<Answer> answers = new ArrayList<>();
    private static final Map<String, Long> before = new TreeMap<>();
    private static final Map<String, Long> after = new TreeMap<>();

    @BeforeAll
    static void runThePlan() throws Exception {
        document = submit("contributor", TestDocuments.chipsBriefing(TestDocuments.marker(), 47), "public");
        awaitExtracted("contributor", List.of(document));
        claim = claimsOf("reader", document).get(0).path("id").asText();
        recommendation = gateway().get("reader", "/api/v1/recommendations?document=" + document).expect(200)
                .json().path("items").path(0).path("id").asText();

        JsonNode openApi = JSON.readTree(gateway().get(null, "/q/openapi?format=json").expect(200).body());
        List<ApiOperation> operations = OpenApiOperations.of(openApi);
        Baselines baselines = new Baselines(Map.of("documents", document.toString(), "claims", claim,
                "recommendations", recommendation));
        List<FuzzCase> plan = FuzzPlan.of(operations, baselines, SEED);

        snapshot(before);
        long started = System.nanoTime();
        for (FuzzCase fuzz : plan) {
            answers.add(send(fuzz));
        }
        snapshot(after);
        Map<Integer, Integer> byStatus = new TreeMap<>();
        answers.forEach(a -> byStatus.merge(a.status(), 1, Integer::sum));
        System.out.printf("e2e: fuzz seed %d: %d cases over %d endpoints in %.1f s; answers by status %s%n",
                SEED, plan.size(), operations.size(), (System.nanoTime() - started) / 1e9, byStatus);
    }

    private static Answer send(FuzzCase fuzz) throws IOException, InterruptedException {
        FuzzRequest request = fuzz.request();
        // every other case brings its own request id: the gateway must echo a valid one and make one up otherwise
        if (fuzz.number() % 2 == 1) {
            request = request.withHeader("X-Request-Id", "fuzz-" + SEED + "-" + fuzz.number());
        }
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(gateway().base() + request.pathAndQuery()))
                .timeout(Duration.ofSeconds(60))
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(http::header);
        if (fuzz.caller() != null) {
            http.header("Authorization", "Bearer " + E2eStack.tokens().token(fuzz.caller()));
        }
        HttpResponse<String> response;
        try {
            response = HTTP.send(http.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // the gateway closes the connection after a 413 before reading a large body: that answer is lost to us
            return new Answer(fuzz, -1, "", "", e.toString());
        }
        return new Answer(fuzz, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("X-Request-Id").orElse(""), response.body());
    }

    /**
     * What the suite's writes could have changed: all documents, the review history and tracking history it targets.
     */
    private static void snapshot(Map<String, Long> into) {
        into.put("documents", total(gateway().get("admin", "/api/v1/documents?size=1").expect(200).json()));
        into.put("claim reviews", total(gateway().get("admin", "/api/v1/claims/" + claim + "/reviews?size=1")
                .expect(200).json()));
        into.put("recommendation history", total(gateway()
                .get("admin", "/api/v1/recommendations/" + recommendation + "/history").expect(200).json()));
    }

    private static long total(JsonNode answer) {
        if (answer.has("total")) {
            return answer.path("total").asLong();
        }
        return answer.isArray() ? answer.size() : answer.path("items").size();
    }

    @Test
    void everyAnswerIsBelow500AndEveryErrorAProblemWithTheRequestId() {
        List<String> violations = new ArrayList<>();
        for (Answer a : answers) {
            if (a.status() == -1) {
                // only acceptable for a body over the limit, which is refused before it is read
                if (a.fuzz().request().body() == null || a.fuzz().request().body().length < 5 * 1024 * 1024) {
                    violations.add(a.fuzz() + " -> no answer: " + a.body());
                }
                continue;
            }
            if (a.status() >= 500) {
                violations.add(a.fuzz() + " -> HTTP " + a.status() + " " + abbreviate(a.body()));
                continue;
            }
            String problem = problemViolation(a);
            if (problem != null) {
                violations.add(a.fuzz() + " -> HTTP " + a.status() + ": " + problem);
            }
        }
        assertThat(violations).as("fuzz seed %d: answers that break the rules (%d of %d)", SEED,
                violations.size(), answers.size()).isEmpty();
    }

    private static String problemViolation(Answer a) {
        if (a.requestIdHeader().isBlank()) {
            return "no X-Request-Id header";
        }
        if (a.fuzz().number() % 2 == 1 && !a.requestIdHeader().equals("fuzz-" + SEED + "-" + a.fuzz().number())) {
            return "the caller's request id was not echoed: " + a.requestIdHeader();
        }
        if (a.status() < 400) {
            return null;
        }
        if (!a.contentType().startsWith("application/problem+json")) {
            return "content type " + a.contentType() + ", not application/problem+json: " + abbreviate(a.body());
        }
        try {
            JsonNode problem = JSON.readTree(a.body());
            if (problem.path("status").asInt() != a.status()) {
                return "problem status " + problem.path("status") + " differs";
            }
            if (!a.requestIdHeader().equals(problem.path("requestId").asText())) {
                return "problem requestId " + problem.path("requestId") + " is not the header's " + a.requestIdHeader();
            }
            if (problem.path("type").asText().isBlank() || problem.path("title").asText().isBlank()) {
                return "problem without type or title: " + abbreviate(a.body());
            }
        } catch (IOException e) {
            return "problem body is not JSON: " + abbreviate(a.body());
        }
        return null;
    }

    @Test
    void refusedWritesStoreNothing() {
        Set<String> created = new HashSet<>();
        long reviews = 0;
        long statusChanges = 0;
        for (Answer a : answers) {
            if (a.status() < 200 || a.status() >= 300) {
                continue;
            }
            String op = a.fuzz().operation().name();
            switch (op) {
                case "POST /api/v1/documents" -> {
                    if (a.status() == 201) {
                        created.add(json(a.body()).path("id").asText());
                    }
                }
                case "PUT /api/v1/claims/{id}/review" -> reviews++;
                case "POST /api/v1/recommendations/{id}/status" -> statusChanges++;
                case "DELETE /api/v1/documents/{id}" ->
                        throw new AssertionError("a fuzz case deleted a document: " + a.fuzz());
                // the suite only asks these with a force value that is neither true nor false
                case "POST /api/v1/claims/admin/reextract", "POST /api/v1/recommendations/admin/reextract" ->
                        throw new AssertionError("a feed was rewound for a bad request: " + a.fuzz());
                default -> {
                }
            }
        }
        // whatever the gateway accepted is stored once; whatever it refused left no trace
        assertThat(after.get("documents") - before.get("documents")).as("new documents").isEqualTo(created.size());
        assertThat(after.get("claim reviews") - before.get("claim reviews")).as("new reviews").isEqualTo(reviews);
        assertThat(after.get("recommendation history") - before.get("recommendation history")).as("new status changes")
                .isEqualTo(statusChanges);
    }

    @Test
    void theServicesStayReady() {
        for (String service : StackParts.SERVICES) {
            assertThat(stack().readiness(service)).as(service + " ready after the fuzz run").isEqualTo(200);
        }
        // and still answer a plain request with data
        assertThat(gateway().get("reader", "/api/v1/documents/" + document + "/analysis").expect(200).json()
                .path("degraded").asBoolean(true)).isFalse();
    }

    @Test
    void metricsNameNoIdOfAllThoseRequests() throws Exception {
        for (String service : StackParts.SERVICES) {
            HttpResponse<String> scrape = HTTP.send(
                    HttpRequest.newBuilder(URI.create(stack().config().management(service) + "/q/metrics"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(scrape.statusCode()).as(service + " metrics").isEqualTo(200);
            Optional<String> id = UUID_LIKE.matcher(scrape.body()).results().map(r -> r.group()).findFirst();
            assertThat(id).as(service + ": an id in the metrics").isEmpty();
        }
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
