package io.policylens.common.http;

import io.vertx.core.http.HttpServerRequest;

import java.util.UUID;
import java.util.regex.Pattern;

/** Request id rules: accept a caller's id when it is safe to log, otherwise make one. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    /** The caller's id if it is short and made of safe characters (no log injection), else a new UUID. */
    public static String acceptOrCreate(String incoming) {
        if (incoming != null && SAFE.matcher(incoming).matches()) {
            return incoming;
        }
        return UUID.randomUUID().toString();
    }

    /** The id of a request that went through {@link HttpEdgeFilters}. */
    public static String of(HttpServerRequest request) {
        return request.getHeader(HEADER);
    }
}
