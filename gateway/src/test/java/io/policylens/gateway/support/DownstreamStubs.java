package io.policylens.gateway.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * Stand-ins for documents-, claims- and recommendations-service: one WireMock server each, on free
 * ports. Tests program them through WireMock's admin API ({@link Stubs}), so they need no reference
 * to these server objects.
 */
public class DownstreamStubs implements QuarkusTestResourceLifecycleManager {

    private WireMockServer documents;
    private WireMockServer claims;
    private WireMockServer recommendations;

    @Override
    public Map<String, String> start() {
        documents = started();
        claims = started();
        recommendations = started();
        // each stand-in serves its service's API and its management endpoint (/internal/data-version) alike
        return Map.of(
                "quarkus.rest-client.documents.url", documents.baseUrl(),
                "quarkus.rest-client.claims.url", claims.baseUrl(),
                "quarkus.rest-client.recommendations.url", recommendations.baseUrl(),
                "policylens.management-url.documents", documents.baseUrl(),
                "policylens.management-url.claims", claims.baseUrl(),
                "policylens.management-url.recommendations", recommendations.baseUrl());
    }

    private static WireMockServer started() {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        return server;
    }

    @Override
    public void stop() {
        for (WireMockServer server : new WireMockServer[]{documents, claims, recommendations}) {
            if (server != null) {
                server.stop();
            }
        }
    }
}
