package io.policylens.common.http;

import io.policylens.common.problem.Problem;
import io.policylens.common.problem.Problems;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

/**
 * Runs first on every HTTP request (REST, health, metrics): assigns the request id, echoes it in the
 * response and puts it in the logging context; rejects declared bodies over the size limit with a
 * problem+json 413 before any byte of the body is read.
 */
@ApplicationScoped
public class HttpEdgeFilters {

    private final long maxBodyBytes;

    public HttpEdgeFilters(@ConfigProperty(name = "policylens.http.max-body-bytes", defaultValue = "5242880") long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::handle);
    }

    void handle(RoutingContext context) {
        String id = RequestIds.acceptOrCreate(context.request().getHeader(RequestIds.HEADER));
        context.request().headers().set(RequestIds.HEADER, id);
        context.response().putHeader(RequestIds.HEADER, id);
        MDC.put(RequestIds.MDC_KEY, id);
        String length = context.request().getHeader("Content-Length");
        if (length != null && tooLarge(length)) {
            Problem problem = new Problem(Problem.TYPE_BASE + "payload-too-large", Problems.title(413), 413,
                    "request body exceeds the limit of " + maxBodyBytes + " bytes", context.request().path(), id, null);
            context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close").end(Json.encode(problem));
            return;
        }
        context.next();
    }

    private boolean tooLarge(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
