package io.policylens.testing.documents;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubImport;
import com.github.tomakehurst.wiremock.stubbing.StubImportBuilder;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The WireMock server that plays documents-service for the extraction services' tests, and points their REST client
 * at it. It lives as long as the test JVM, like the embedded database and the service's {@link DocumentsServiceFake}:
 * a test class that restarts the application (another profile) still finds every document published before.
 */
public class DocumentsServiceStub implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    private static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
            server.start();
        }
        return server;
    }

    /**
     * Replaces every stub with the fake's current ones in one import, so a consumer polling meanwhile never finds a
     * document's snapshot missing (which it would take for a deletion).
     */
    public static synchronized void publish(DocumentsServiceFake fake) {
        StubImportBuilder stubs = StubImport.stubImport().deleteAllExistingStubsNotInImport().overwriteExisting();
        for (MappingBuilder stub : fake.stubs()) {
            stubs.stub(stub);
        }
        server().importStubs(stubs.build());
    }

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.rest-client.documents.url", server().baseUrl());
    }

    @Override
    public void stop() {
        // kept for the next application of this JVM (see the class comment); the JVM's end stops it
    }
}
