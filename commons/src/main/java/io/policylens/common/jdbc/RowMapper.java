package io.policylens.common.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Turns the current row of a result set into a value; {@link Rows} reads the column types JDBC makes awkward. */
@FunctionalInterface
public interface RowMapper<T> {

    T map(ResultSet row) throws SQLException;
}
