package io.policylens.documents.client.stream;

import io.policylens.documents.client.feed.ProcessingMarker;
import io.policylens.documents.contract.RemoteChange;

import java.util.Objects;
import java.util.Optional;

/**
 * Which changes the fast path applies at once: deletions, and changes of the owner or visibility of a document the
 * service already holds items for. Everything else (new documents, content changes) only the regular path applies.
 */
public final class ScopeRule {

    private ScopeRule() {
    }

    public static boolean isUrgent(RemoteChange change, Optional<ProcessingMarker> marker) {
        if (change.isDeletion()) {
            return marker.map(m -> !m.deleted()).orElse(true);
        }
        if (marker.isEmpty() || marker.get().deleted() || marker.get().revision() >= change.revision()) {
            return false;
        }
        ProcessingMarker processed = marker.get();
        return !Objects.equals(processed.ownerOrg(), change.ownerOrg())
                || !Objects.equals(processed.visibility(), change.visibility());
    }
}
