package io.policylens.claims;

import io.policylens.testing.documents.ChangeDriver;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.policylens.claims.contract.RemoteClaim;
import io.policylens.claims.contract.RemoteClaimPage;
import io.policylens.claims.contract.RemoteClaimReview;
import io.policylens.claims.contract.RemoteExtraction;
import io.policylens.documents.contract.RemoteFeedStatus;
import io.policylens.claims.contract.RemoteMatchPage;
import io.policylens.documents.contract.RemoteProcessedRevision;
import io.policylens.claims.contract.RemoteReviewPage;
import io.policylens.claims.support.FakeDocuments;
import io.policylens.claims.support.FakeDocuments.Doc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static io.policylens.claims.support.Api.PARTNER_A;
import static io.policylens.claims.support.Api.review;
import static io.policylens.claims.support.Api.as;
import static io.policylens.claims.support.Api.admin;
import static io.policylens.claims.support.Briefs.dramShare;
import static io.policylens.claims.support.Briefs.memoryChips;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Provider side of the contract with the gateway: this service's real answers for list, get,
 * review, review history, matches, ClaimReview export, try-extract, feed status and processed
 * revision are parsed with the records the gateway builds its stubs from (module claims-contract),
 * with a mapper that fails on any record property missing from the answer and on null primitives.
 * Renaming, removing or retyping a field the gateway reads breaks this test.
 */
@QuarkusTest
class GatewayContractTest {

    private final ObjectMapper strict = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    final ChangeDriver follower = new ChangeDriver(FakeDocuments::changesAfter);

    /** Parses a real answer with a contract record (failing on anything missing) and gives it back as a tree. */
    private JsonNode parsed(String json, Class<?> record) throws Exception {
        return strict.valueToTree(strict.readValue(json, record));
    }

    @Test
    void claimsReviewsMatchesAndFeedStatusMatchTheGatewaysRecords() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Doc brief =
                FakeDocuments.create(
                        "Contract Brief", memoryChips(run), PARTNER_A, "public");
        Doc other =
                FakeDocuments.create(
                        "Contract Note", dramShare(run, 45), "partner-c", "public");
        follower.drain();

        // list: a page of claims, with quantities and a cited source somewhere in it
        String listJson =
                as(PARTNER_A, "reader")
                        .queryParam("document", brief.id.toString())
                        .queryParam("size", 100)
                        .get("/claims")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        JsonNode list = parsed(listJson, RemoteClaimPage.class);
        assertThat(list.path("total").asLong()).isPositive().isEqualTo(list.path("items").size());
        JsonNode sourced = StreamSupport.stream(list.path("items").spliterator(), false)
                .filter(c -> !c.path("citedSource").isNull()).findFirst().orElseThrow();
        assertThat(sourced.path("documentId").asText()).isEqualTo(brief.id.toString());
        assertThat(sourced.path("citedSource").path("cue").asText()).isEqualTo("according to");
        assertThat(sourced.path("quantities").get(0).path("surface").asText())
                .isEqualTo("60 percent");
        assertThat(sourced.path("document").path("ownerOrg").asText()).isEqualTo(PARTNER_A);
        assertThat(sourced.path("document").path("visibility").asText()).isEqualTo("public");
        assertThat(sourced.path("review").path("status").asText()).isEqualTo("unreviewed");
        assertThat(brief.text.substring(sourced.path("start").asInt(), sourced.path("end").asInt()))
                .startsWith(sourced.path("text").asText().substring(0, 20));
        String id = sourced.path("id").asText();

        // get
        JsonNode claim =
                parsed(
                        as(PARTNER_A, "reader")
                                .get("/claims/{id}", id)
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString(),
                        RemoteClaim.class);
        assertThat(claim.path("id").asText()).isEqualTo(id);
        assertThat(claim.path("document").path("title").asText()).isEqualTo("Contract Brief");

        // review: the answer is the claim with its new review
        String reviewed =
                review(PARTNER_A, "analyst", Map.of("status", "disputed", "note", "Other sources differ."), id)
                        .statusCode(200)
                        .extract()
                        .asString();
        JsonNode afterReview = parsed(reviewed, RemoteClaim.class);
        assertThat(afterReview.path("review").path("status").asText()).isEqualTo("disputed");
        assertThat(afterReview.path("review").path("reviewer").asText()).isNotBlank();
        assertThat(afterReview.path("review").path("reviewedAt").isNull()).isFalse();

        // ClaimReview export of the reviewed claim (JSON-LD)
        JsonNode exported =
                parsed(
                        as(PARTNER_A, "reader")
                                .accept("application/ld+json")
                                .get("/claims/{id}/claimreview", id)
                                .then()
                                .statusCode(200)
                                .contentType(
                                        org.hamcrest.Matchers.startsWith("application/ld+json"))
                                .extract()
                                .asString(),
                        RemoteClaimReview.class);
        assertThat(exported.path("@type").asText()).isEqualTo("ClaimReview");
        assertThat(exported.path("reviewRating").path("alternateName").asText())
                .isEqualTo("Disputed");
        assertThat(
                        exported.path("itemReviewed")
                                .path("appearance")
                                .get(0)
                                .path("headline")
                                .asText())
                .isEqualTo("Contract Brief");

        // review history
        JsonNode history =
                parsed(
                        as(PARTNER_A, "reader")
                                .get("/claims/{id}/reviews", id)
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString(),
                        RemoteReviewPage.class);
        assertThat(history.path("total").asLong()).isEqualTo(1);
        assertThat(history.path("items").get(0).path("note").asText())
                .isEqualTo("Other sources differ.");

        // matches: the other document's 45 percent conflicts with this claim's 60 percent
        JsonNode matches =
                parsed(
                        as(PARTNER_A, "reader")
                                .queryParam("size", 100)
                                .get("/claims/{id}/matches", id)
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString(),
                        RemoteMatchPage.class);
        assertThat(StreamSupport.stream(matches.path("items").spliterator(), false))
                .anySatisfy(
                        m -> {
                            assertThat(m.path("kind").asText()).isEqualTo("conflicting");
                            assertThat(m.path("claim").path("documentId").asText())
                                    .isEqualTo(other.id.toString());
                            assertThat(m.path("value").asDouble()).isEqualTo(60.0);
                            assertThat(m.path("otherValue").asDouble()).isEqualTo(45.0);
                        });

        // try-extract
        JsonNode extraction =
                parsed(
                        as(PARTNER_A, "reader")
                                .contentType(ContentType.JSON)
                                .body(
                                        Map.of(
                                                "text",
                                                "Background\n\nSouth Korea accounts for 60 percent of the global DRAM "
                                                + "market, according to the Korea Semiconductor Industry Association.",
                                                "format",
                                                "markdown"))
                                .post("/claims/extract")
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString(),
                        RemoteExtraction.class);
        assertThat(
                        extraction
                                .path("claims")
                                .get(0)
                                .path("quantities")
                                .get(0)
                                .path("surface")
                                .asText())
                .isEqualTo("60 percent");
        assertThat(extraction.path("claims").get(0).path("citedSource").path("cue").asText())
                .isEqualTo("according to");

        // feed status (admin); no broker in this test, so the lag is not readable and lastError says so
        JsonNode feed =
                parsed(
                        admin().get("/claims/admin/feed")
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString(),
                        RemoteFeedStatus.class);
        assertThat(feed.path("consumer").asText()).isEqualTo("policylens-claims");
        assertThat(feed.path("lastError").asText()).contains("Kafka");

        // processed revision (the gateway's document status asks it when a document has no claim)
        JsonNode processing =
                parsed(
                        as(PARTNER_A, "reader")
                                .get("/claims/documents/{id}/processing", brief.id)
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString(),
                        RemoteProcessedRevision.class);
        assertThat(processing.path("documentId").asText()).isEqualTo(brief.id.toString());
        assertThat(processing.path("revision").asInt()).isEqualTo(1);
    }
}
