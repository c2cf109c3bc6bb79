package io.policylens.gateway.resilience;

import io.policylens.gateway.client.Downstream;
import io.policylens.gateway.observability.GatewayMetrics;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/**
 * Fault tolerance for one downstream service. Two guards are stacked: the inner one (circuit breaker,
 * timeout, bulkhead) protects every call and is shared by reads and writes, so the service has ONE
 * breaker; the outer one retries, and only {@link #read} goes through it, because repeating a POST or
 * DELETE whose answer was lost could act twice.
 */
public class DownstreamGuard {

    private static final Logger LOG = Logger.getLogger(DownstreamGuard.class);

    private final Downstream service;
    private final Guard protection;
    private final Guard retries;
    private final GatewayMetrics metrics;

    DownstreamGuard(Downstream service, DownstreamSettings.Service settings, GatewayMetrics metrics) {
        this.service = service;
        this.metrics = metrics;
        this.protection = Guard.create()
                .withDescription("downstream-" + service.id())
                .withCircuitBreaker()
                    .name("downstream-" + service.id())
                    .requestVolumeThreshold(settings.circuitVolume())
                    .failureRatio(settings.circuitFailureRatio())
                    .delay(settings.circuitDelay().toMillis(), ChronoUnit.MILLIS)
                    .done()
                .withTimeout().duration(settings.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .withBulkhead().limit(settings.bulkheadLimit()).queueSize(settings.bulkheadQueue()).enableSynchronousQueueing().done()
                .build();
        Guard.Builder retry = Guard.create().withDescription("downstream-" + service.id() + "-reads");
        if (settings.readRetries() > 0) {
            retry.withRetry()
                    .maxRetries(settings.readRetries())
                    .delay(settings.retryDelay().toMillis(), ChronoUnit.MILLIS)
                    .jitter(Math.max(1, settings.retryDelay().toMillis() / 2), ChronoUnit.MILLIS)
                    // an open breaker or a full bulkhead will not heal within a retry delay
                    .abortOn(java.util.List.of(CircuitBreakerOpenException.class, BulkheadException.class))
                    .done();
        }
        this.retries = retry.build();
    }

    /** An idempotent read: retried on failures, protected by the service's breaker, timeout and bulkhead. */
    public Response read(Supplier<Response> call) {
        return run(() -> retries.get(() -> protection.get(() -> checked(call), Response.class), Response.class));
    }

    /** A write: protected like a read but never retried. */
    public Response write(Supplier<Response> call) {
        return run(() -> protection.get(() -> checked(call), Response.class));
    }

    public Downstream service() {
        return service;
    }

    private static Response checked(Supplier<Response> call) {
        Response response;
        try {
            response = call.get();
        } catch (WebApplicationException e) {
            // only reached when the client's default exception mapper is on; treat it like a returned response
            response = e.getResponse();
        }
        if (response.getStatus() >= 500) {
            response.close();
            throw new ServerError(response.getStatus());
        }
        return response;
    }

    private Response run(Supplier<Response> guarded) {
        try {
            return guarded.get();
        } catch (DownstreamException e) {
            throw e;
        } catch (RuntimeException e) {
            DownstreamException failure = translate(e);
            metrics.downstreamFailure(service, failure.kind());
            LOG.warnf("%s call failed: %s (%s)", service.id(), failure.getMessage(), e.toString());
            throw failure;
        }
    }

    private DownstreamException translate(RuntimeException e) {
        String name = service.id() + "-service";
        if (e instanceof ServerError server) {
            return server.status == 503
                    ? new DownstreamException(service, DownstreamException.Kind.UNAVAILABLE, name + " is unavailable", e)
                    : new DownstreamException(service, DownstreamException.Kind.BAD_GATEWAY, name + " failed (status " + server.status + ")", e);
        }
        if (e instanceof CircuitBreakerOpenException) {
            return new DownstreamException(service, DownstreamException.Kind.UNAVAILABLE,
                    name + " is unavailable (circuit open after repeated failures)", e);
        }
        if (e instanceof BulkheadException) {
            return new DownstreamException(service, DownstreamException.Kind.UNAVAILABLE, name + " is saturated; retry shortly", e);
        }
        if (isTimeout(e)) {
            return new DownstreamException(service, DownstreamException.Kind.TIMEOUT, name + " did not answer in time", e);
        }
        // refused or reset connections, DNS failures: the service is not reachable
        return new DownstreamException(service, DownstreamException.Kind.UNAVAILABLE, name + " is unreachable", e);
    }

    private static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof java.util.concurrent.TimeoutException
                    || t instanceof java.net.SocketTimeoutException
                    || t.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }
}
