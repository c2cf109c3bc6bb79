package io.policylens.recommendations.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/** Starts the WireMock server that plays documents-service and points the REST client at it. */
public class DocumentsServiceStub implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    public static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(options().dynamicPort());
            server.start();
        }
        return server;
    }

    @Override
    public Map<String, String> start() {
        FakeDocuments.INSTANCE.restub();
        return Map.of("quarkus.rest-client.documents.url", "http://localhost:" + server().port());
    }

    @Override
    public void stop() {
        // lives as long as the test JVM, like the embedded database: the feed cursor and its state
        // persist across classes
    }
}
