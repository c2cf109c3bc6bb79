package io.policylens.documents.repository;

import io.policylens.common.security.Caller;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the WHERE clause every document query shares: live documents only, partner scoping for the
 * caller, and the optional filters. Values are always bound as parameters, never concatenated.
 */
final class ScopedQuery {

    private final StringBuilder where = new StringBuilder("d.deleted_at IS NULL");
    private final List<Object> parameters = new ArrayList<>();

    ScopedQuery(Caller caller, DocumentFilter filter) {
        if (!caller.seesAllPartners()) {
            and("(d.visibility = 'public' OR d.owner_org = ?)", caller.owningOrganisation());
        }
        if (filter.topic() != null) {
            and("? = ANY(d.topics)", filter.topic());
        }
        if (filter.entity() != null) {
            and("? = ANY(d.entities)", filter.entity());
        }
        if (filter.publisher() != null) {
            and("lower(d.publisher) = lower(?)", filter.publisher());
        }
        if (filter.publishedFrom() != null) {
            and("d.published_date >= ?", Date.valueOf(filter.publishedFrom()));
        }
        if (filter.publishedTo() != null) {
            and("d.published_date <= ?", Date.valueOf(filter.publishedTo()));
        }
        if (filter.visibility() != null) {
            and("d.visibility = ?", filter.visibility().label());
        }
    }

    /** Adds a condition with one placeholder. */
    ScopedQuery and(String condition, Object value) {
        where.append(" AND ").append(condition);
        parameters.add(value);
        return this;
    }

    String where() {
        return where.toString();
    }

    List<Object> parameters() {
        return parameters;
    }
}
