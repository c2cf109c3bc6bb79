package io.policylens.gateway.resilience;

import io.policylens.gateway.client.Downstream;

/**
 * A downstream service failed to give a usable answer. The gateway answers with a problem of its own
 * (502/503/504); downstream 4xx answers are not failures and never become this exception.
 */
public class DownstreamException extends RuntimeException {

    /** Why, as the problem type slug and HTTP status the gateway answers with. */
    public enum Kind {
        /** the service answered 5xx (other than 503) */
        BAD_GATEWAY(502, "bad-gateway"),
        /** refused or reset connection, 503 from the service, open circuit breaker or full bulkhead */
        UNAVAILABLE(503, "service-unavailable"),
        /** no answer in time */
        TIMEOUT(504, "gateway-timeout");

        public final int status;
        public final String slug;

        Kind(int status, String slug) {
            this.status = status;
            this.slug = slug;
        }
    }

    private final Downstream service;
    private final Kind kind;

    public DownstreamException(Downstream service, Kind kind, String detail, Throwable cause) {
        super(detail, cause);
        this.service = service;
        this.kind = kind;
    }

    public Downstream service() {
        return service;
    }

    public Kind kind() {
        return kind;
    }
}
