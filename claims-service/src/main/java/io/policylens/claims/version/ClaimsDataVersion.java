package io.policylens.claims.version;

import io.policylens.common.version.DataVersionSource;
import io.policylens.common.version.DataVersionTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;

/** Moves with every committed write to claims or review states (triggers of migration V2). */
@ApplicationScoped
class ClaimsDataVersion implements DataVersionSource {

    @Inject
    DataSource dataSource;

    @Override
    public long current() {
        return DataVersionTable.read(dataSource);
    }
}
