package io.policylens.common.version;

import io.policylens.common.http.RequestIds;
import io.policylens.common.problem.Problem;
import io.policylens.common.problem.Problems;
import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

/**
 * {@code GET /internal/data-version} on the management interface (its own port, beside health and metrics), in every
 * service that declares a {@link DataVersionSource}: {@code {"version":1532}}. It needs no token because the gateway
 * polls it from a background job with no caller behind it; what protects it is the port: the API port does not serve
 * it, it is not in any OpenAPI document, and the NetworkPolicies let only the gateway and monitoring reach the
 * management port.
 */
@ApplicationScoped
public class DataVersionRoute {

    public static final String PATH = "/internal/data-version";

    private static final Logger LOG = Logger.getLogger(DataVersionRoute.class);

    private final Instance<DataVersionSource> source;

    public DataVersionRoute(Instance<DataVersionSource> source) {
        this.source = source;
    }

    /** Fired only when the management interface is enabled; the gateway has no data version and gets no route. */
    void register(@Observes ManagementInterface management) {
        if (source.isResolvable()) {
            // a database read: off the event loop
            management.router().get(PATH).blockingHandler(this::answer);
        }
    }

    void answer(RoutingContext context) {
        long version;
        try {
            version = source.get().current();
        } catch (RuntimeException e) {
            String id = RequestIds.acceptOrCreate(context.request().getHeader(RequestIds.HEADER));
            LOG.warnf("data version unavailable [req=%s]: %s", id, e.getMessage());
            Problem problem = new Problem(Problem.TYPE_BASE + "unavailable", Problems.title(503), 503,
                    "the data version cannot be read", PATH, id, null);
            context.response().setStatusCode(503).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader(RequestIds.HEADER, id).end(Json.encode(problem));
            return;
        }
        // one number: written by hand, no reflection for a native image to know about
        context.response().putHeader("Content-Type", "application/json").end("{\"version\":" + version + "}");
    }
}
