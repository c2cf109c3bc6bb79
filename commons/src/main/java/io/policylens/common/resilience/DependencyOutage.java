package io.policylens.common.resilience;

import jakarta.ws.rs.WebApplicationException;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a failure of something this service depends on (its database cannot be reached or is shutting down, an
 * upstream service refuses connections or answers 502/503/504) from a failure of the work itself. The difference
 * decides what happens next: an outage says nothing about the request or the change, so an HTTP caller gets 503 and
 * tries again, and the stream consumer waits for the dependency instead of dead-lettering a change that is fine.
 * Plain Java over the cause chain, so it needs neither Hibernate nor Vert.x on the class path; optional libraries'
 * exceptions are recognised by class name.
 */
public final class DependencyOutage {

    /** How far down a cause chain to look: wrappers (Hibernate, Arc, the REST client) add a few levels each. */
    private static final int MAX_DEPTH = 16;

    /** Exceptions of libraries that not every module has, matched by name. */
    private static final Set<String> OUTAGE_CLASS_NAMES = Set.of(
            "io.vertx.core.http.HttpClosedException",
            "io.netty.channel.ConnectTimeoutException",
            "org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException",
            "org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException");

    private DependencyOutage() {
    }

    /** True when the failure, or anything it was caused by, is a dependency being unavailable. */
    public static boolean causedBy(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++) {
            if (isOutage(t)) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getNextException() != null && isOutage(sql.getNextException())) {
                return true;
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return false;
    }

    private static boolean isOutage(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            return isConnectionState(sql.getSQLState()) || isPoolTimeout(sql);
        }
        if (t instanceof ConnectException || t instanceof NoRouteToHostException || t instanceof UnknownHostException
                || t instanceof SocketTimeoutException) {
            return true;
        }
        if (t instanceof WebApplicationException web && web.getResponse() != null) {
            int status = web.getResponse().getStatus();
            return status == 502 || status == 503 || status == 504;
        }
        return OUTAGE_CLASS_NAMES.contains(t.getClass().getName());
    }

    /**
     * SQLSTATE classes of a database that is not there: 08 (connection exception), 57P01..57P03 (administrator or
     * crash shutdown, cannot connect now), 53300 (too many connections).
     */
    static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"));
    }

    /** Agroal's "acquisition timeout": no connection could be had from the pool in time, the database is saturated. */
    private static boolean isPoolTimeout(SQLException sql) {
        return sql.getSQLState() == null && sql.getMessage() != null
                && sql.getMessage().contains("acquisition timeout");
    }
}
