package io.policylens.claims.repository;

import io.policylens.common.security.Caller;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Builds the WHERE clause of the native claim queries: partner scoping for the caller first, then the optional
 * filters. Values are always bound as positional parameters, never concatenated.
 */
final class ScopedClaimQuery {

    private final StringBuilder where = new StringBuilder("TRUE");
    private final List<Object> parameters = new ArrayList<>();

    ScopedClaimQuery(Caller caller) {
        if (!caller.seesAllPartners()) {
            and("(c.visibility = 'public' OR c.owner_org = ?)", caller.owningOrganisation());
        }
    }

    ScopedClaimQuery filter(ClaimFilter filter) {
        if (filter.documentId() != null) {
            and("c.document_id = ?", filter.documentId());
        }
        if (filter.type() != null) {
            and("c.type = ?", filter.type());
        }
        if (filter.topic() != null) {
            and("? = ANY(c.topics)", filter.topic());
        }
        if (filter.entity() != null) {
            and("? = ANY(c.entities)", filter.entity());
        }
        if (filter.minScore() != null) {
            and("c.score >= ?", filter.minScore());
        }
        if (filter.reviewStatus() != null) {
            and("coalesce(r.status, 'unreviewed') = ?", filter.reviewStatus());
        }
        if (filter.query() != null) {
            // words match stemmed (websearch syntax never raises a syntax error); a literal substring such as
            // "60 percent" or "K-chips" matches too, with LIKE wildcards in the input escaped
            and("(c.search @@ websearch_to_tsquery('english', ?) OR c.text ILIKE ? ESCAPE '\\')",
                    filter.query(), "%" + escapeLike(filter.query()) + "%");
        }
        return this;
    }

    /** Adds a condition with one placeholder per value. */
    ScopedClaimQuery and(String condition, Object... values) {
        where.append(" AND ").append(condition);
        Collections.addAll(parameters, values);
        return this;
    }

    /**
     * The text[] column shares an element with the values: one placeholder per value in an ARRAY constructor, as a
     * collection parameter would be expanded to a list.
     */
    ScopedClaimQuery overlaps(String column, List<String> values) {
        return and(column + " && ARRAY[" + String.join(", ", Collections.nCopies(values.size(), "?")) + "]::text[]",
                values.toArray());
    }

    String where() {
        return where.toString();
    }

    <Q extends Query> Q bind(Q query) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
