package io.policylens.documents.client.feed;

import io.policylens.common.security.Caller;
import io.policylens.common.security.Visibility;

import java.time.OffsetDateTime;

/**
 * What an extraction service's processed marker says about a document, with the document's scope as it was
 * processed: the marker of a document nobody may see must not tell that the document exists.
 *
 * @param ownerOrg   owner organisation of the processed revision; null on markers written before it was stored
 * @param visibility visibility of the processed revision; null on markers written before it was stored
 */
public record ProcessingMarker(int revision, boolean deleted, String ownerOrg, String visibility, OffsetDateTime processedAt) {

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
        return caller.canSee(ownerOrg, scope(visibility));
    }

    /** An unknown value is the most restrictive one, as for the items. */
    private static Visibility scope(String value) {
        try {
            Visibility parsed = Visibility.parse(value);
            return parsed == null ? Visibility.PARTNER : parsed;
        } catch (IllegalArgumentException e) {
            return Visibility.PARTNER;
        }
    }
}
