package io.policylens.gateway.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered view: its JSON, gzip-compressed, the entity tag of the JSON, the data generation it
 * was fetched under and when it was made. The cache keeps only the compressed form (JSON with
 * repeated field names shrinks about sevenfold, so a thousand analyses take ~5 MB of heap instead
 * of ~35): a client that accepts gzip gets those bytes as they are, any other a copy inflated on
 * the way out. A freshly rendered view also carries the JSON itself.
 *
 * @param json the JSON, or null in what the cache keeps
 * @param fromCache true when this answer came out of the cache
 */
public record CachedView(byte[] json, byte[] gzipped, String etag, long generation, long createdAtMillis,
        boolean fromCache) {

    static CachedView rendered(byte[] json, long generation, long nowMillis) {
        return new CachedView(json, gzip(json), etagOf(json), generation, nowMillis, false);
    }

    /** What the cache keeps: everything but the uncompressed JSON. */
    CachedView compact() {
        return new CachedView(null, gzipped, etag, generation, createdAtMillis, false);
    }

    CachedView asHit() {
        return new CachedView(json, gzipped, etag, generation, createdAtMillis, true);
    }

    /** The JSON, inflated when only the compressed form is at hand. */
    public byte[] body() {
        return json != null ? json : gunzip(gzipped);
    }

    /**
     * The entity tag of one representation: the gzip-encoded one is a different representation of the same data, so
     * it gets its own strong tag (the JSON's with "-gzip" appended inside the quotes).
     */
    public String etag(boolean gzipEncoded) {
        return gzipEncoded ? etag.substring(0, etag.length() - 1) + "-gzip\"" : etag;
    }

    /** Seconds since the view was made (the HTTP Age of a cached answer). */
    public long ageSeconds(long nowMillis) {
        return Math.max(0, (nowMillis - createdAtMillis) / 1000);
    }

    /** True when an If-None-Match header names either representation's entity tag (or is "*"). */
    public boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2); // weak comparison (RFC 9110 13.1.2) is what If-None-Match uses
            }
            if (t.equals("*") || t.equals(etag) || t.equals(etag(true))) {
                return true;
            }
        }
        return false;
    }

    /** A strong entity tag: the first 16 bytes of the JSON's SHA-256, quoted. */
    static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(java.util.Arrays.copyOf(digest, 16)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
        // the fastest level: a miss already costs milliseconds downstream, and JSON compresses well at any level
        try (GZIPOutputStream zip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            zip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] gunzip(byte[] data) {
        try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(data), 16 * 1024)) {
            return zip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
