package io.policylens.common.paging;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * One page of results.
 *
 * @param items the results on this page
 * @param page  0-based page number
 * @param size  requested page size
 * @param total number of results over all pages
 */
@RegisterForReflection
@Schema(description = "One page of results")
public record Page<T>(List<T> items, int page, int size, long total) {

    /** Largest page size any endpoint accepts; larger requests get a 400 problem. */
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    /**
     * A page whose total is counted only when the page itself cannot tell it: a page that is neither empty nor full
     * is the last one, so the total is everything before it plus its items. Saves the count query on most
     * by-document reads (a document's claims or recommendations fit one page).
     */
    public static <T> Page<T> of(List<T> items, int page, int size, LongSupplier count) {
        boolean last = !items.isEmpty() && items.size() < size;
        boolean emptyFirst = items.isEmpty() && page == 0;
        long total = last || emptyFirst ? (long) page * size + items.size() : count.getAsLong();
        return new Page<>(items, page, size, total);
    }
}
