package io.policylens.gateway.resilience;

/**
 * A 5xx answer, thrown inside the guard so that the circuit breaker counts it and reads are retried;
 * a 4xx answer is returned normally: it is the caller's problem, not the service's.
 */
final class ServerError extends RuntimeException {

    final int status;

    ServerError(int status) {
        super("status " + status, null, false, false);
        this.status = status;
    }
}
