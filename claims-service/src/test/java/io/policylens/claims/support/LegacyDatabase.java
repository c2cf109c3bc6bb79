package io.policylens.claims.support;

import io.policylens.testing.documents.DocumentsServiceStub;
import io.policylens.testing.EmbeddedPostgresResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import java.util.List;
import java.util.Map;

/**
 * A database of its own ({@code claims_legacy}, migrated by Flyway at start) instead of the one the other tests
 * share, so that the legacy fixture is all it holds: unfiltered lists, searches and matches then have one answer.
 */
public class LegacyDatabase implements QuarkusTestProfile {

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(EmbeddedPostgresResource.class, Map.of("database", "claims_legacy")),
                new TestResourceEntry(OidcWiremockTestResource.class),
                new TestResourceEntry(DocumentsServiceStub.class));
    }
}
