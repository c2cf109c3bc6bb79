package io.policylens.documents.client.sync;

import io.policylens.common.security.Caller;
import io.policylens.common.security.Visibility;

import java.util.Objects;

/**
 * Who may see a document's items: owner organisation and visibility. Applied ahead of extraction, a new scope may
 * only narrow who sees content extracted under another scope (the items held, or an extraction prepared from an older
 * snapshot), never widen it: that content may never have been visible to the new audience.
 */
public record DocumentScope(String ownerOrg, String visibility) {

    /**
     * The scope seen by the callers who may see both {@code held} and {@code next}: the narrower one; two private
     * scopes of different owners leave only the platform's own staff. A held scope that is not known (null, or a marker
     * written before the scope was stored) gives {@code next}.
     */
    public static DocumentScope narrowest(DocumentScope held, DocumentScope next) {
        if (held == null || held.ownerOrg == null || held.visibility == null) {
            return next;
        }
        if (isPublic(held)) {
            return next;
        }
        if (isPublic(next) || Objects.equals(held.ownerOrg, next.ownerOrg)) {
            return held;
        }
        return new DocumentScope(Caller.INTERNAL_ORGANISATION, Visibility.PARTNER.label());
    }

    private static boolean isPublic(DocumentScope scope) {
        return visibility(scope.visibility) == Visibility.PUBLIC;
    }

    /**
     * A stored or received visibility; an unknown or missing value is the most restrictive one: failing would stop the
     * feed on a document for good, and guessing "public" could leak a partner's items.
     */
    static Visibility visibility(String value) {
        try {
            Visibility parsed = Visibility.parse(value);
            return parsed == null ? Visibility.PARTNER : parsed;
        } catch (IllegalArgumentException e) {
            return Visibility.PARTNER;
        }
    }
}
