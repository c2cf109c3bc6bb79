package io.policylens.documents.client.sync;

import io.policylens.common.security.Caller;

import java.time.OffsetDateTime;

/**
 * What an extraction service's processed marker says about a document, with the document's scope as it was
 * processed: the marker of a document nobody may see must not tell that the document exists.
 *
 * @param revision      the content revision processed; 0 when the marker only holds a scope (nothing extracted yet)
 * @param ownerOrg      owner organisation of the newest scope the service applied (the processed revision's, or the
 *                      newer one of {@code scopeRevision}); null on markers written before it was stored
 * @param visibility    visibility of that scope; null on markers written before it was stored
 * @param scopeRevision the revision {@code ownerOrg} and {@code visibility} come from: the processed revision, or a
 *                      newer one whose scope the stream's fast path applied ahead of its extraction
 */
public record ProcessingMarker(int revision, boolean deleted, String ownerOrg, String visibility,
                               OffsetDateTime processedAt, int scopeRevision) {

    /** A marker whose scope is that of its processed revision. */
    public ProcessingMarker(int revision, boolean deleted, String ownerOrg, String visibility,
            OffsetDateTime processedAt) {
        this(revision, deleted, ownerOrg, visibility, processedAt, revision);
    }

    /** Whether some revision's content was processed (a marker may hold only a scope applied ahead of extraction). */
    public boolean processed() {
        return deleted || revision > 0;
    }

    /** Whether the marker holds the owner and visibility of a revision newer than {@code revision}. */
    public boolean holdsScopeNewerThan(int revision) {
        return !deleted && ownerOrg != null && visibility != null && scopeRevision > revision;
    }

    /**
     * A deleted document is nobody's; a marker without scope (written before the scope was stored) only for callers
     * who see every partner; otherwise the partner scoping of the items themselves.
     */
    public boolean visibleTo(Caller caller) {
        if (deleted) {
            return false;
        }
        if (ownerOrg == null || visibility == null) {
            return caller.seesAllPartners();
        }
        return caller.canSee(ownerOrg, DocumentScope.visibility(visibility));
    }

    /** The newest scope the service applied; owner and visibility are null on markers written before it was stored. */
    public DocumentScope scope() {
        return new DocumentScope(ownerOrg, visibility);
    }
}
