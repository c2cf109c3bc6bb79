package io.policylens.recommendations.service;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Deterministic recommendation ids: a name-based UUID of the document id and the span, like claims-core's
 * ClaimIds. Re-extraction (a replay, a rewind, an extractor upgrade that keeps the span) finds the same
 * row, so the tracking status and its history survive.
 */
public final class RecommendationIds {

    private RecommendationIds() {
    }

    public static UUID of(UUID documentId, int start, int end) {
        return UUID.nameUUIDFromBytes(("recommendation:" + documentId + ":" + start + ":" + end)
                        .getBytes(StandardCharsets.UTF_8));
    }
}
