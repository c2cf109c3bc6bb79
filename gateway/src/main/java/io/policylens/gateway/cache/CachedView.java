package io.policylens.gateway.cache;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A rendered view: its JSON bytes, their entity tag, the data generation it was fetched under and when it was
 * made. Held serialised so a cache hit costs a copy, not a JSON rendering.
 *
 * @param fromCache true when this answer came out of the cache
 */
public record CachedView(byte[] body, String etag, long generation, long createdAtMillis, boolean fromCache) {

    static CachedView rendered(byte[] body, long generation, long nowMillis) {
        return new CachedView(body, etagOf(body), generation, nowMillis, false);
    }

    CachedView asHit() {
        return new CachedView(body, etag, generation, createdAtMillis, true);
    }

    /** Seconds since the view was made (the HTTP Age of a cached answer). */
    public long ageSeconds(long nowMillis) {
        return Math.max(0, (nowMillis - createdAtMillis) / 1000);
    }

    /** True when an If-None-Match header names this view's entity tag (or is "*"). */
    public boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2); // weak comparison (RFC 9110 13.1.2) is what If-None-Match uses
            }
            if (t.equals("*") || t.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** A strong entity tag: the first 16 bytes of the body's SHA-256, quoted. */
    static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
