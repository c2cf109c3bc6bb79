package io.policylens.gateway.rest;

import io.policylens.gateway.cache.CachedView;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Locale;

/**
 * HTTP caching semantics of the aggregated views (RFC 9111): an entity tag on every answer, 304 to a matching
 * If-None-Match, "private, no-cache" so a client may keep the answer but must revalidate it, Age and X-Cache on
 * answers the gateway served from its own cache, and Cache-Control: no-cache from the client forcing a fresh view.
 */
final class ViewResponses {

    static final String X_CACHE = "X-Cache";
    static final String CACHE_CONTROL = "private, no-cache";

    private ViewResponses() {
    }

    /** True when the request's Cache-Control asks for an answer not taken from a cache. */
    static boolean freshRequested(String cacheControl) {
        if (cacheControl == null) {
            return false;
        }
        String value = cacheControl.toLowerCase(Locale.ROOT);
        return value.contains("no-cache") || value.contains("no-store") || value.replace(" ", "").contains("max-age=0");
    }

    static Response of(CachedView view, String ifNoneMatch) {
        Response.ResponseBuilder answer = view.matches(ifNoneMatch) ? Response.notModified()
                : Response.ok(view.body(), MediaType.APPLICATION_JSON_TYPE);
        answer.header(HttpHeaders.ETAG, view.etag())
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(X_CACHE, view.fromCache() ? "hit" : "miss");
        if (view.fromCache()) {
            answer.header("Age", view.ageSeconds(System.currentTimeMillis()));
        }
        return answer.build();
    }
}
