package io.policylens.claims.mapping;

import io.policylens.common.security.Caller;
import io.policylens.common.security.Visibility;
import io.policylens.documents.contract.RemoteDocument;

import java.time.LocalDate;

/**
 * What a claim copies from its document: partner scoping (owner organisation, visibility) and the fields
 * shown with a claim or exported in ClaimReview (title, publisher, date, URL), at one revision.
 */
public record DocumentFields(String ownerOrg, String visibility, String title, String publisher,
                             LocalDate publishedDate, String url, int revision) {

    public static DocumentFields of(RemoteDocument document) {
        return new DocumentFields(
                document.ownerOrg() == null || document.ownerOrg().isBlank()
                        ? Caller.INTERNAL_ORGANISATION
                        : document.ownerOrg(),
                visibility(document.visibility()),
                document.title() == null || document.title().isBlank()
                        ? "Untitled document" : document.title(), document.publisher(), document.publishedDate(),
                document.sourceUrl(), document.revision());
    }

    /** The same fields under another scope (a newer revision's owner and visibility). */
    public DocumentFields withScope(String owner, String scope) {
        return new DocumentFields(owner, scope, title, publisher, publishedDate, url, revision);
    }

    /**
     * An unknown visibility value is treated as the most restrictive one: failing would stop the feed on
     * this document for good, and guessing "public" could leak a partner's claims.
     */
    private static String visibility(String value) {
        try {
            Visibility parsed = Visibility.parse(value);
            return parsed == null ? Visibility.PARTNER.label() : parsed.label();
        } catch (IllegalArgumentException e) {
            return Visibility.PARTNER.label();
        }
    }
}
