package io.policylens.recommendations.repository;

import io.policylens.common.security.Caller;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause every recommendation query shares: partner scoping for the caller first, then the
 * optional filters. Cluster queries use it too, so members and counts only ever come from rows the
 * caller may see. Values are always bound as parameters, never concatenated. The queries are native SQL: the
 * filters use full-text search and arrays, and which ones apply depends on the request.
 */
final class ScopedQuery {

    /** The expression the GIN index recommendations_search is built on; must stay identical to it. */
    static final String SEARCH_VECTOR = "to_tsvector('english', r.text || ' ' || coalesce(r.actor, '') || ' ' || r.action)";

    private final StringBuilder where = new StringBuilder("TRUE");
    private final List<Object> parameters = new ArrayList<>();

    ScopedQuery(Caller caller) {
        if (!caller.seesAllPartners()) {
            and("(r.visibility = 'public' OR r.owner_org = ?)", caller.owningOrganisation());
        }
    }

    ScopedQuery(Caller caller, RecommendationFilter filter) {
        this(caller);
        if (filter.documentId() != null) {
            and("r.document_id = ?", filter.documentId());
        }
        if (filter.actor() != null) {
            and("position(lower(?) in lower(coalesce(r.actor, ''))) > 0", filter.actor());
        }
        if (filter.topic() != null) {
            and("? = ANY(r.topics)", filter.topic());
        }
        if (filter.strength() != null) {
            and("r.strength = ?", filter.strength());
        }
        if (filter.status() != null) {
            and("r.status = ?", filter.status());
        }
        if (filter.clusterId() != null) {
            and("r.cluster_id = ?", filter.clusterId());
        }
        if (filter.forum() != null) {
            and("lower(?) = ANY(SELECT lower(f) FROM unnest(r.forums) f)", filter.forum());
        }
        if (filter.query() != null) {
            and(SEARCH_VECTOR + " @@ websearch_to_tsquery('english', ?)", filter.query());
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

    /** Binds the values of the placeholders of {@link #where()}, in order, after the query's first {@code before}. */
    void bind(Query query, int before) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(before + i + 1, parameters.get(i));
        }
    }
}
