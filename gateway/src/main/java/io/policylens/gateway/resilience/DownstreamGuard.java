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

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;

/**
 * Fault tolerance for one downstream service, with the reads and the writes of the service kept apart (bulkheads):
 * each path has its own circuit breaker, timeout and bulkhead, so slow or failing uploads cannot fill the slots or
 * open the breaker that every partner's views need, and a burst of reads cannot starve the submissions. Only reads
 * are retried (an outer guard), because repeating a POST or DELETE whose answer was lost could act twice. A write
 * that times out does not count against the write breaker: slow submissions (large or messy documents, usually
 * one partner's) are bounded by the write timeout and bulkhead, and only unreachable or failing (5xx) services open
 * it. Answers with 4xx are the caller's problem and never count as failures on either path.
 */
public class DownstreamGuard {

    private static final Logger LOG = Logger.getLogger(DownstreamGuard.class);

    private final Downstream service;
    private final Guard reads;
    private final Guard writes;
    private final Guard retries;
    private final GatewayMetrics metrics;

    DownstreamGuard(Downstream service, DownstreamSettings.Service settings, GatewayMetrics metrics) {
        this.service = service;
        this.metrics = metrics;
        this.reads = protection(service.id() + "-reads", settings, settings.timeout(), settings.bulkheadLimit(),
                        settings.bulkheadQueue(), List.of());
        this.writes = protection(service.id() + "-writes", settings, settings.writeTimeout().orElse(settings.timeout()),
                        settings.writeBulkheadLimit(), settings.writeBulkheadQueue(), List.of(TimeoutException.class));
        Guard.Builder retry = Guard.create().withDescription("downstream-" + service.id() + "-read-retries");
        if (settings.readRetries() > 0) {
            retry.withRetry()
                    .maxRetries(settings.readRetries())
                    .delay(settings.retryDelay().toMillis(), ChronoUnit.MILLIS)
                    .jitter(Math.max(1, settings.retryDelay().toMillis() / 2), ChronoUnit.MILLIS)
                    // an open breaker or a full bulkhead will not heal within a retry delay
                    .abortOn(List.of(CircuitBreakerOpenException.class, BulkheadException.class))
                    .done();
        }
        this.retries = retry.build();
    }

    /**
     * Circuit breaker, timeout and bulkhead of one path; {@code notFailures} are exceptions the
     * breaker ignores.
     */
    private static Guard protection(String name, DownstreamSettings.Service settings, Duration timeout,
            int bulkheadLimit, int bulkheadQueue, List<Class<? extends Throwable>> notFailures) {
        return Guard.create()
                .withDescription("downstream-" + name)
                .withCircuitBreaker()
                    .name("downstream-" + name)
                    .requestVolumeThreshold(settings.circuitVolume())
                    .failureRatio(settings.circuitFailureRatio())
                    .delay(settings.circuitDelay().toMillis(), ChronoUnit.MILLIS)
                    .skipOn(notFailures)
                    .done()
                .withTimeout().duration(timeout.toMillis(), ChronoUnit.MILLIS).done()
                .withBulkhead().limit(bulkheadLimit).queueSize(bulkheadQueue).enableSynchronousQueueing().done()
                .build();
    }

    /** An idempotent read: retried on failures, protected by the read path's breaker, timeout and bulkhead. */
    public Response read(Supplier<Response> call) {
        return run(() -> retries.get(() -> reads.get(() -> checked(call), Response.class), Response.class));
    }

    /**
     * A write or an expensive computation: protected by the write path's breaker, timeout and
     * bulkhead, never retried.
     */
    public Response write(Supplier<Response> call) {
        return run(() -> writes.get(() -> checked(call), Response.class));
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
        String name = service.serviceName();
        if (e instanceof ServerError server) {
            return server.status == 503
                    ? new DownstreamException(service, DownstreamException.Kind.UNAVAILABLE, name + " is unavailable",
                            e)
                    : new DownstreamException(service, DownstreamException.Kind.BAD_GATEWAY,
                            name + " failed (status " + server.status + ")", e);
        }
        if (e instanceof CircuitBreakerOpenException) {
            return new DownstreamException(service, DownstreamException.Kind.UNAVAILABLE,
                    name + " is unavailable (circuit open after repeated failures)", e);
        }
        if (e instanceof BulkheadException) {
            return new DownstreamException(service, DownstreamException.Kind.UNAVAILABLE,
                    name + " is saturated; retry shortly", e);
        }
        if (isTimeout(e)) {
            return new DownstreamException(
                    service, DownstreamException.Kind.TIMEOUT, name + " did not answer in time", e);
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
