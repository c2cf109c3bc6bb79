package io.policylens.gateway;

import io.policylens.gateway.support.DownstreamStubs;
import io.policylens.gateway.support.Stubs;
import io.policylens.testing.ApiCallers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.policylens.gateway.support.Stubs.documents;
import static io.policylens.testing.ApiCallers.PARTNER_A;

/**
 * With tracing switched on (OTEL_SDK_DISABLED=false in deployments that run a collector), the trace
 * a caller started continues into the downstream services: the W3C traceparent the gateway sends
 * carries the caller's trace id. Spans are not exported here (no collector in tests).
 */
@QuarkusTest
@TestProfile(TracePropagationTest.TracingOn.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(DownstreamStubs.class)
class TracePropagationTest {

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.traces.exporter", "none",
                    "quarkus.otel.metrics.enabled", "false", "quarkus.otel.logs.enabled", "false");
        }
    }

    @BeforeEach
    void reset() {
        Stubs.reset();
    }

    @Test
    void theCallersTraceContinuesIntoDocumentsService() {
        UUID id = UUID.randomUUID();
        documents()
                .register(get("/documents/" + id)
                                .willReturn(Stubs.json(200, Stubs.document(id, PARTNER_A, "public"))));
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        ApiCallers.as(PARTNER_A, "reader")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .get("/api/v1/documents/{id}", id)
                .then()
                .statusCode(200);

        documents().verifyThat(1, getRequestedFor(urlPathEqualTo("/documents/" + id))
                .withHeader("traceparent", matching("00-" + traceId + "-[0-9a-f]{16}-01")));
    }
}
