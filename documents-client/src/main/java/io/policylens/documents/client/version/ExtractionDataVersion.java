package io.policylens.documents.client.version;

import io.policylens.common.version.DataVersionSource;
import io.policylens.common.version.DataVersionTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;

/**
 * The data version of an extraction service: the {@code data_version} row (commons' {@code db/data-version}
 * migration) that the service's statement triggers move with every committed write to what callers read (claims and
 * review states: claims-service V2; recommendations, evidence links and clusters: recommendations-service V3).
 * Here because exactly the two extraction services depend on this library; documents-service's version is its feed
 * head, and the gateway has none.
 */
@ApplicationScoped
class ExtractionDataVersion implements DataVersionSource {

    @Inject
    DataSource dataSource;

    @Override
    public long current() {
        return DataVersionTable.read(dataSource);
    }
}
