package io.policylens.claims.repository;

import io.policylens.common.security.Caller;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the WHERE clause every claim query shares: partner scoping for the caller first, then the
 * optional filters. Values are always bound as positional parameters, never concatenated.
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
            and2("(c.search @@ websearch_to_tsquery('english', ?) OR c.text ILIKE ? ESCAPE '\\')",
                    filter.query(), "%" + escapeLike(filter.query()) + "%");
        }
        return this;
    }

    /** Adds a condition with one placeholder. */
    ScopedClaimQuery and(String condition, Object value) {
        where.append(" AND ").append(condition);
        parameters.add(value);
        return this;
    }

    /** Adds a condition with two placeholders. */
    ScopedClaimQuery and2(String condition, Object first, Object second) {
        where.append(" AND ").append(condition);
        parameters.add(first);
        parameters.add(second);
        return this;
    }

    String where() {
        return where.toString();
    }

    List<Object> parameters() {
        return parameters;
    }

    static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
