package io.policylens.system.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The fuzz plan from the gateway's OpenAPI document (written by the gateway's build), without a stack. */
class FuzzPlanTest {

    private static List<ApiOperation> operations;
    private static final Baselines BASELINES = new Baselines(Map.of(
            "documents", "0b6f3a52-3c1e-4c57-9a55-0d0b7d4f6a11", "claims", "1b6f3a52-3c1e-4c57-9a55-0d0b7d4f6a11",
            "recommendations", "2b6f3a52-3c1e-4c57-9a55-0d0b7d4f6a11"));

    @BeforeAll
    static void readTheGatewaysDocument() throws IOException {
        Path root = Path.of(System.getProperty("policylens.repo.root", "..")).toAbsolutePath().normalize();
        JsonNode document = Baselines.JSON.readTree(root.resolve("gateway/target/openapi/openapi.json").toFile());
        operations = OpenApiOperations.of(document);
    }

    @Test
    void everyPublicOperationIsRead() {
        assertThat(operations).hasSizeGreaterThan(25).allMatch(op -> op.path().startsWith("/api/v1/"));
        ApiOperation submit = operations.stream().filter(op -> op.name().equals("POST /api/v1/documents")).findFirst()
                .orElseThrow();
        assertThat(submit.takesMultipart()).isTrue();
        // the $ref'd request schema is resolved, with its properties' own $refs (publishedDate: LocalDate)
        assertThat(submit.jsonBody().orElseThrow().path("properties").path("publishedDate").path("format").asText())
                .isEqualTo("date");
        ApiOperation claim = operations.stream().filter(op -> op.name().equals("GET /api/v1/claims/{id}")).findFirst()
                .orElseThrow();
        assertThat(claim.in("path")).singleElement().satisfies(p -> assertThat(p.isUuid()).isTrue());
    }

    @Test
    void validBodiesCarryEveryRequiredField() {
        for (ApiOperation op : operations) {
            op.jsonBody().ifPresent(schema -> {
                JsonNode body = Baselines.body(schema);
                schema.path("required").forEach(r -> assertThat(body.has(r.asText())).as(op.name() + " " + r).isTrue());
            });
        }
        ApiOperation submit = operations.stream().filter(op -> op.name().equals("POST /api/v1/documents")).findFirst()
                .orElseThrow();
        assertThat(Baselines.body(submit.jsonBody().orElseThrow()).path("format").asText()).isEqualTo("text");
    }

    @Test
    void theSeedFixesEveryRequest() {
        List<String> once = FuzzPlan.of(operations, BASELINES, 42).stream().map(FuzzCase::toString).toList();
        List<String> again = FuzzPlan.of(operations, BASELINES, 42).stream().map(FuzzCase::toString).toList();
        List<String> other = FuzzPlan.of(operations, BASELINES, 43).stream().map(FuzzCase::toString).toList();
        assertThat(again).isEqualTo(once);
        assertThat(other).isNotEqualTo(once);
    }

    @Test
    void everyOperationMeetsEveryCallerAndEveryMutation() {
        List<FuzzCase> cases = FuzzPlan.of(operations, BASELINES, 42);
        assertThat(cases).hasSize(operations.size() * Mutation.values().length * 2);
        Set<String> callerPairs = new HashSet<>();
        Set<String> mutationPairs = new HashSet<>();
        cases.forEach(c -> {
            callerPairs.add(c.operation().name() + " " + c.caller());
            mutationPairs.add(c.operation().name() + " " + c.mutation());
        });
        for (ApiOperation op : operations) {
            for (String caller : FuzzPlan.CALLERS) {
                assertThat(callerPairs).as("%s as %s", op.name(), caller).contains(op.name() + " " + caller);
            }
            for (Mutation m : Mutation.values()) {
                assertThat(mutationPairs).contains(op.name() + " " + m);
            }
        }
    }

    @Test
    void aFeedRewindIsOnlyAskedForWithAQueryThatMustBeRefused() {
        List<FuzzCase> rewinds = FuzzPlan.of(operations, BASELINES, 42).stream()
                .filter(c -> c.operation().rewindsAFeed()).toList();
        assertThat(rewinds).isNotEmpty();
        rewinds.stream().filter(c -> Objects.equals(c.caller(), "admin")).forEach(c -> {
            assertThat(c.mutation()).isEqualTo(Mutation.BAD_QUERY_PARAMETERS);
            assertThat(c.request().query().get("force")).singleElement().isNotIn("true", "false");
        });
    }

    @Test
    void deletesNeverNameTheSuitesOwnDocument() {
        FuzzPlan.of(operations, BASELINES, 42).stream().filter(c -> c.request().method().equals("DELETE"))
                .forEach(c -> assertThat(c.request().path()).doesNotContain("0b6f3a52-3c1e-4c57-9a55-0d0b7d4f6a11"));
    }

    @Test
    void mutationsBreakWhatTheyName() {
        ApiOperation review = operations.stream().filter(op -> op.name().equals("PUT /api/v1/claims/{id}/review"))
                .findFirst().orElseThrow();
        for (long seed = 0; seed < 20; seed++) {
            FuzzRequest unknown = Mutation.UNKNOWN_FIELDS.request(review, BASELINES, new java.util.Random(seed));
            assertThat(new String(unknown.body())).containsAnyOf("unexpected", "extra", "__proto__");
            FuzzRequest uuid = Mutation.BAD_UUIDS.request(review, BASELINES, new java.util.Random(seed));
            assertThat(uuid.path()).doesNotContain("1b6f3a52-3c1e-4c57-9a55-0d0b7d4f6a11");
        }
    }
}
