package io.policylens.documents.support;

import io.policylens.testing.EmbeddedPostgresResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import java.util.List;
import java.util.Map;

/**
 * A test profile with a database of its own, created empty and migrated by Flyway at start, instead of the
 * {@code documents} database the other test classes share. Each subclass names its database.
 */
public abstract class FreshDatabase implements QuarkusTestProfile {

    public abstract String database();

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(EmbeddedPostgresResource.class, Map.of("database", database())),
                new TestResourceEntry(OidcWiremockTestResource.class));
    }

    /** Otherwise the shared {@code documents} database would be configured as well. */
    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
