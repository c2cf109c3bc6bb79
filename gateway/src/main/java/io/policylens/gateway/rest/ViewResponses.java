package io.policylens.gateway.rest;

import io.policylens.gateway.cache.CachedView;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Locale;

/**
 * HTTP caching semantics of the aggregated views (RFC 9111): an entity tag on every answer, 304 to a matching
 * If-None-Match, "private, no-cache" so a client may keep the answer but must revalidate it, and Cache-Control:
 * no-cache from the client forcing a fresh view. Age and X-Cache (whether the gateway served the answer from its own
 * cache) go to callers who see every partner only: the cache is dropped whenever anything changes anywhere, so to a
 * partner they would tell when other partners, private documents included, submit or review something. The ETag
 * is a hash of the answer itself and moves only when the answer does.
 * A client that accepts gzip gets the view gzip-encoded (the form the cache keeps it in).
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
        return value.contains("no-cache")
                || value.contains("no-store")
                || value.replace(" ", "").contains("max-age=0");
    }

    /** True when Accept-Encoding allows gzip (named without q=0, or "*" without q=0). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip();
            boolean refused = parts.length > 1 && parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            if ((name.equals("gzip") || name.equals("*")) && !refused) {
                return true;
            }
        }
        return false;
    }

    static Response of(CachedView view, String ifNoneMatch, String acceptEncoding, boolean showCacheState) {
        boolean gzip = acceptsGzip(acceptEncoding);
        Response.ResponseBuilder answer;
        if (view.matches(ifNoneMatch)) {
            answer = Response.notModified();
        } else if (gzip) {
            answer = Response.ok(view.gzipped(), MediaType.APPLICATION_JSON_TYPE)
                            .header(HttpHeaders.CONTENT_ENCODING, "gzip");
        } else {
            answer = Response.ok(view.body(), MediaType.APPLICATION_JSON_TYPE);
        }
        answer.header(HttpHeaders.ETAG, view.etag(gzip))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        if (showCacheState) {
            answer.header(X_CACHE, view.fromCache() ? "hit" : "miss");
            if (view.fromCache()) {
                answer.header("Age", view.ageSeconds(System.currentTimeMillis()));
            }
        }
        return answer.build();
    }
}
