package io.policylens.documents.repository;

import io.policylens.common.security.Caller;
import jakarta.persistence.Query;
import org.hibernate.query.NativeQuery;

import java.time.LocalDate;

/**
 * Binds the parameters of {@link DocumentEntity#SCOPE}, the WHERE clause every listing and search shares: the
 * caller's partner scope and the optional filters, null meaning "any". Values are always bound, never concatenated,
 * and a text with a NUL character is refused before the query runs ({@link StorableText}).
 */
final class ScopedQuery {

    private final Caller caller;
    private final DocumentFilter filter;

    ScopedQuery(Caller caller, DocumentFilter filter) {
        this.caller = caller;
        this.filter = filter;
    }

    /** Typed, so that a null value has a type for PostgreSQL. */
    Query bind(Query query) {
        NativeQuery<?> q = query.unwrap(NativeQuery.class);
        boolean all = caller.seesAllPartners();
        q.setParameter("allPartners", all, Boolean.class);
        q.setParameter("organisation", all ? null : StorableText.text(caller.owningOrganisation()), String.class);
        q.setParameter("topic", StorableText.text(filter.topic()), String.class);
        q.setParameter("entity", StorableText.text(filter.entity()), String.class);
        q.setParameter("publisher", StorableText.text(filter.publisher()), String.class);
        q.setParameter("publishedFrom", filter.publishedFrom(), LocalDate.class);
        q.setParameter("publishedTo", filter.publishedTo(), LocalDate.class);
        q.setParameter("visibility", filter.visibility() == null ? null : filter.visibility().label(), String.class);
        return query;
    }
}
