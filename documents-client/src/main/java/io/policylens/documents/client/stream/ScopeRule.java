package io.policylens.documents.client.stream;

import io.policylens.documents.client.sync.ProcessingMarker;
import io.policylens.documents.contract.RemoteChange;

import java.util.Objects;
import java.util.Optional;

/**
 * Which changes the fast path applies at once: deletions; changes of the owner or visibility against the newest scope
 * the marker records (whether or not the content changed too); and any update of a document with no marker yet, whose
 * first extraction may be in flight from a snapshot older than the update. Everything else (new documents, content
 * changes in the same scope) only the regular path applies.
 */
public final class ScopeRule {

    private ScopeRule() {
    }

    public static boolean isUrgent(RemoteChange change, Optional<ProcessingMarker> marker) {
        if (change.isDeletion()) {
            return marker.map(m -> !m.deleted()).orElse(true);
        }
        if (marker.isEmpty()) {
            return !change.isCreation();
        }
        if (marker.get().deleted() || marker.get().scopeRevision() >= change.revision()) {
            return false;
        }
        ProcessingMarker processed = marker.get();
        return !Objects.equals(processed.ownerOrg(), change.ownerOrg())
                || !Objects.equals(processed.visibility(), change.visibility());
    }
}
