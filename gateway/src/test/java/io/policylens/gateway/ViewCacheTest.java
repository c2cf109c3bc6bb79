package io.policylens.gateway;

import com.github.tomakehurst.wiremock.http.Fault;
import io.policylens.gateway.cache.DataVersions;
import io.policylens.gateway.support.Stubs;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.policylens.gateway.support.Stubs.claims;
import static io.policylens.gateway.support.Stubs.documents;
import static io.policylens.gateway.support.Stubs.recommendations;
import static io.policylens.testing.ApiCallers.PARTNER_A;
import static io.policylens.testing.ApiCallers.PARTNER_B;
import static io.policylens.testing.ApiCallers.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * The analysis view cache: a complete analysis is served from the gateway until a service's data version moves,
 * never across partner scopes, never when degraded or while a version is unknown; ETags give 304s, and
 * Cache-Control: no-cache forces a fresh answer. Polls are triggered by hand (the test profile turns the scheduled
 * poll off), so nothing here waits for the scheduler.
 */
@QuarkusTest
class ViewCacheTest {

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Inject
    DataVersions versions;

    private final UUID id = UUID.randomUUID();
    private final String reader = bearer(PARTNER_A, "reader");
    /** The platform's staff see every partner, and whether an answer came from the cache. */
    private final String staff = bearer(null, "admin");

    @BeforeEach
    void stubs() {
        Stubs.reset();
        documents()
                .register(get("/documents/" + id)
                                .willReturn(Stubs.json(200, Stubs.documentWithOutline(id, PARTNER_A, "public"))));
        claims().register(get(urlPathEqualTo("/claims"))
                                .willReturn(Stubs.json(200, Stubs.claimPage(List.of(Stubs.claim(UUID.randomUUID(), id,
                                                                        PARTNER_A, "public", "Korea makes 20 percent "
                                                                                + "of memory chips."))))));
        recommendations()
                .register(get(urlPathEqualTo("/recommendations"))
                                .willReturn(Stubs.json(200, Stubs.page(List.of()))));
        Stubs.dataVersions(10, 20, 30);
        versions.poll();
    }

    @AfterEach
    void cacheOff() {
        Stubs.reset();
        versions.poll(); // versions unknown again: the other test classes see no cache
        Stubs.reset(); // and no trace of that poll in the stand-ins' request journals
    }

    private Response analysis(String token) {
        return given().header("Authorization", token).get("/api/v1/documents/{id}/analysis", id);
    }

    private void documentsAsked(int times) {
        documents().verifyThat(times, getRequestedFor(urlPathEqualTo("/documents/" + id)));
    }

    @Test
    void aSecondRequestIsServedFromTheCacheWithTheSameBody() {
        Response first = analysis(staff);
        first.then().statusCode(200).header("X-Cache", "miss").header("ETag", notNullValue())
                .header("Cache-Control", "private, no-cache").header("Age", nullValue());
        Response second = analysis(staff);
        second.then().statusCode(200).header("X-Cache", "hit").header("Age", notNullValue())
                .body("document.id", is(id.toString()));

        assertThat(second.asByteArray()).isEqualTo(first.asByteArray());
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
        documentsAsked(1);
        claims().verifyThat(1, getRequestedFor(urlPathEqualTo("/claims")));
    }

    @Test
    void aCommittedChangeInAnyServiceInvalidates() {
        analysis(staff).then().header("X-Cache", "miss");
        Stubs.dataVersions(10, 21, 30); // e.g. a review was stored in claims-service
        versions.poll();

        analysis(staff).then().statusCode(200).header("X-Cache", "miss");
        analysis(staff).then().statusCode(200).header("X-Cache", "hit");
        documentsAsked(2);
    }

    @Test
    void anotherOrganisationNeverGetsAnEntryMadeForOne() {
        String partnerB = bearer(PARTNER_B, "reader");
        documents()
                .register(get("/documents/" + id)
                                .withHeader("Authorization", equalTo(partnerB))
                                .atPriority(1)
                                .willReturn(Stubs.problemResponse(404, Stubs.problem(404, "not-found",
                                                        "no document " + id, "/documents/" + id))));
        analysis(reader).then().statusCode(200);
        analysis(reader).then().statusCode(200);
        documentsAsked(1);

        // documents-service decides for B, and says no
        analysis(partnerB).then().statusCode(404).body("detail", is("no document " + id));
        analysis(partnerB).then().statusCode(404);
        documentsAsked(3);
    }

    @Test
    void administratorsShareTheirOwnScope() {
        analysis(reader).then().statusCode(200);
        analysis(staff).then().statusCode(200).header("X-Cache", "miss");
        analysis(bearer(null, "admin")).then().statusCode(200).header("X-Cache", "hit");
    }

    @Test
    void partnersAreNotToldWhenSomethingChangedElsewhere() {
        Response first = analysis(reader);
        first.then()
                .statusCode(200)
                .header("X-Cache", nullValue())
                .header("Age", nullValue())
                .header("ETag", notNullValue());
        analysis(reader)
                .then()
                .statusCode(200)
                .header("X-Cache", nullValue())
                .header("Age", nullValue());
        documentsAsked(1);

        // another partner's private submission moves a version: the cache is dropped, but partner A's answer, its
        // headers and its ETag are what they were, so A cannot time the other partner's activity
        Stubs.dataVersions(11, 20, 30);
        versions.poll();
        Response after = analysis(reader);
        after.then().statusCode(200).header("X-Cache", nullValue()).header("Age", nullValue());
        documentsAsked(2);
        assertThat(after.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(after.asByteArray()).isEqualTo(first.asByteArray());
    }

    @Test
    void aDegradedAnswerIsNeverKept() {
        claims().register(get(urlPathEqualTo("/claims"))
                                .atPriority(1)
                                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        analysis(staff).then().statusCode(200).body("degraded", is(true)).header("X-Cache", "miss");
        analysis(staff).then().statusCode(200).body("degraded", is(true)).header("X-Cache", "miss");
        documentsAsked(2);
    }

    @Test
    void nothingIsCachedWhileAVersionCannotBeRead() {
        recommendations()
                .register(get("/internal/data-version")
                                .atPriority(0)
                                .willReturn(aResponse().withStatus(503)));
        versions.poll();
        analysis(staff).then().statusCode(200).header("X-Cache", "miss");
        analysis(staff).then().statusCode(200).header("X-Cache", "miss");
        documentsAsked(2);
    }

    @Test
    void anUnchangedAnalysisAnswers304ToItsETag() {
        String etag = analysis(reader).then().statusCode(200).extract().header("ETag");
        given().header("Authorization", reader)
                .header("If-None-Match", etag)
                .get("/api/v1/documents/{id}/analysis", id)
                .then()
                .statusCode(304)
                .header("ETag", etag)
                .body(emptyString());
        given().header("Authorization", reader)
                .header("If-None-Match", "\"something-else\"")
                .get("/api/v1/documents/{id}/analysis", id)
                .then()
                .statusCode(200)
                .header("ETag", etag);
    }

    @Test
    void noCacheFromTheClientAssemblesAFreshAnalysisAndKeepsIt() {
        analysis(staff).then().header("X-Cache", "miss");
        given().header("Authorization", staff)
                .header("Cache-Control", "no-cache")
                .get("/api/v1/documents/{id}/analysis", id)
                .then()
                .statusCode(200)
                .header("X-Cache", "miss");
        analysis(staff).then().header("X-Cache", "hit");
        documentsAsked(2);
    }

    /** A request with exactly the Accept-Encoding given (REST Assured otherwise adds gzip and inflates answers). */
    private io.restassured.specification.RequestSpecification encoding(String acceptEncoding) {
        return given().config(io.restassured.RestAssured.config().decoderConfig(
                        io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Authorization", staff).header("Accept-Encoding", acceptEncoding);
    }

    @Test
    void gzipClientsGetTheCompressedViewAndOthersTheSameJson() throws java.io.IOException {
        byte[] plain = encoding("identity")
                        .get("/api/v1/documents/{id}/analysis", id)
                        .then()
                        .statusCode(200)
                        .header("Content-Encoding", nullValue())
                        .header("X-Cache", "miss")
                        .extract()
                        .asByteArray();
        Response raw = encoding("gzip").get("/api/v1/documents/{id}/analysis", id);
        raw.then()
                .statusCode(200)
                .header("X-Cache", "hit")
                .header("Content-Encoding", "gzip")
                .header("Vary", "Accept-Encoding");
        byte[] inflated = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(raw.asByteArray()))
                        .readAllBytes();
        assertThat(inflated).isEqualTo(plain);
        // the cached (compressed) entry inflated for a client without gzip is the same JSON again
        byte[] again = encoding("identity")
                        .get("/api/v1/documents/{id}/analysis", id)
                        .then()
                        .header("X-Cache", "hit")
                        .extract()
                        .asByteArray();
        assertThat(again).isEqualTo(plain);
        assertThat(raw.header("ETag"))
                .isNotEqualTo(encoding("identity")
                                .get("/api/v1/documents/{id}/analysis", id)
                                .header("ETag"));
    }

    @Test
    void theRoleRuleStillAppliesToCachedViews() {
        analysis(reader).then().statusCode(200);
        analysis(bearer(PARTNER_A)).then().statusCode(403);
        given().get("/api/v1/documents/{id}/analysis", id).then().statusCode(401);
    }

    @Test
    void hitsAndMissesAreCounted() {
        analysis(staff);
        analysis(staff);
        given().get(metrics)
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("policylens_gateway_view_cache_total{result=\"hit\"}"))
                .body(org.hamcrest.Matchers.containsString("policylens_gateway_view_cache_total{result=\"miss\"}"));
    }
}
