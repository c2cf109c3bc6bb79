package io.policylens.common.jdbc;

import java.sql.SQLException;

/** A failed statement; the SQLSTATE tells constraint violations (23xxx) from lost connections (08xxx). */
public class UncheckedSqlException extends RuntimeException {

    public UncheckedSqlException(String sql, SQLException cause) {
        super((cause == null ? "" : cause.getMessage() + " | ") + "SQL: " + sql, cause);
    }

    /** The SQLSTATE of the failure, or null when there was no driver error. */
    public String sqlState() {
        return getCause() instanceof SQLException e ? e.getSQLState() : null;
    }
}
