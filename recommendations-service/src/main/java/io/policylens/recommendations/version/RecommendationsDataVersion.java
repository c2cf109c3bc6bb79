package io.policylens.recommendations.version;

import io.policylens.common.version.DataVersionSource;
import io.policylens.common.version.DataVersionTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;

/** Moves with every committed write to recommendations, evidence links or clusters (triggers of migration V3). */
@ApplicationScoped
class RecommendationsDataVersion implements DataVersionSource {

    @Inject
    DataSource dataSource;

    @Override
    public long current() {
        return DataVersionTable.read(dataSource);
    }
}
