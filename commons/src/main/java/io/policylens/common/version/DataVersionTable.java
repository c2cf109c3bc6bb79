package io.policylens.common.version;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Reads the one-row {@code data_version} table that claims- and recommendations-service keep with statement
 * triggers (see their migrations): the value only moves with the commit that changed their data.
 */
public final class DataVersionTable {

    private DataVersionTable() {
    }

    public static long read(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT version FROM data_version")) {
            if (!row.next()) {
                throw new IllegalStateException("table data_version has no row");
            }
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("the data version cannot be read: " + e.getMessage(), e);
        }
    }
}
