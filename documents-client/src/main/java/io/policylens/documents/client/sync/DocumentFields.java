package io.policylens.documents.client.sync;

import io.policylens.common.security.Caller;
import io.policylens.common.security.Visibility;
import io.policylens.documents.contract.RemoteDocument;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What an extracted item copies from the document the consumer received: partner scoping (owner organisation,
 * visibility) and the fields shown with the item (title, publisher, date, URL), at one revision. Both extraction
 * services derive them here, so a document's claims and recommendations are scoped by one rule: an item is never more
 * visible than its document, and a value that cannot be trusted makes it less visible, never more.
 */
public record DocumentFields(String ownerOrg, String visibility, String title, String publisher,
                             LocalDate publishedDate, String url, int revision) {

    /** The title of a document that has none (the one documents-service gives such a document). */
    public static final String UNTITLED = "Untitled document";

    /**
     * A blank owner gives the internal organisation with partner visibility: nobody can tell whose the document is, so
     * only the platform sees its items. A blank publisher is no publisher (it must not count as one in "publishers
     * behind a cluster").
     */
    public static DocumentFields of(RemoteDocument document) {
        boolean ownerKnown = document.ownerOrg() != null && !document.ownerOrg().isBlank();
        return new DocumentFields(
                ownerKnown ? document.ownerOrg() : Caller.INTERNAL_ORGANISATION,
                (ownerKnown ? DocumentScope.visibility(document.visibility()) : Visibility.PARTNER).label(),
                document.title() == null || document.title().isBlank() ? UNTITLED : document.title(),
                document.publisher() == null || document.publisher().isBlank() ? null : document.publisher().strip(),
                document.publishedDate(),
                document.sourceUrl(),
                document.revision());
    }

    /** Who may see the items. */
    public DocumentScope scope() {
        return new DocumentScope(ownerOrg, visibility);
    }

    /**
     * The fields as a write prepared from this snapshot stores them: under the narrower of their scope and a newer one
     * the stream's fast path applied meanwhile ({@code marker}, read under the service's lock), so a write prepared
     * from an older snapshot never widens who sees the items.
     */
    public DocumentFields narrowedBy(Optional<ProcessingMarker> marker) {
        return marker.filter(m -> m.holdsScopeNewerThan(revision))
                .map(m -> withScope(DocumentScope.narrowest(scope(), m.scope())))
                .orElse(this);
    }

    /**
     * The scope the stream's fast path applies ahead of this revision's extraction, given the marker {@code held}
     * (read under the service's lock): the items held come from older content, so the new scope may narrow who sees
     * them, never widen it. Empty when the marker already holds this scope revision or a newer one, or a tombstone.
     */
    public Optional<DocumentScope> scopeAheadOfExtraction(Optional<ProcessingMarker> held) {
        if (held.isPresent() && (held.get().deleted() || held.get().scopeRevision() >= revision)) {
            return Optional.empty();
        }
        return Optional.of(DocumentScope.narrowest(held.map(ProcessingMarker::scope).orElse(null), scope()));
    }

    private DocumentFields withScope(DocumentScope scope) {
        return new DocumentFields(scope.ownerOrg(), scope.visibility(), title, publisher, publishedDate, url, revision);
    }
}
