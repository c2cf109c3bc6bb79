package io.policylens.claims.extraction;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Deterministic claim ids: a name-based UUID of the document id and the claim's span. claims-service
 * stores claims under this id and recommendations-service links evidence to the same id, computed
 * independently from the same sentences, so links resolve without a call between the two services and
 * re-extraction keeps ids (and review state) stable.
 */
public final class ClaimIds {

    private ClaimIds() {
    }

    public static UUID of(UUID documentId, int start, int end) {
        return UUID.nameUUIDFromBytes(("claim:" + documentId + ":" + start + ":"
                + end).getBytes(StandardCharsets.UTF_8));
    }
}
