package io.policylens.common.paging;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

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
}
