package io.policylens.claims.repository;

import io.policylens.common.security.Caller;
import io.policylens.common.security.Visibility;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and writes claims. Listing uses native SQL because it needs PostgreSQL features (array
 * containment, full-text search, the join with review states); rows are then loaded as entities.
 */
@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<ClaimEntity, UUID> {

    private static final String FROM = " FROM claims c LEFT JOIN claim_review_states r ON r.claim_id = c.id WHERE ";
    /** Separator for passing arrays as one text parameter (portable across JDBC array binding quirks). */
    private static final String UNIT_SEPARATOR = "\u001f";

    /** The claim if it exists and the caller may see it; another partner's private claim looks missing. */
    public Optional<ClaimEntity> findVisible(UUID id, Caller caller) {
        return findByIdOptional(id).filter(c -> caller.canSee(c.ownerOrg, Visibility.parse(c.visibility)));
    }

    public List<ClaimEntity> forDocument(UUID documentId) {
        return list("documentId", documentId);
    }

    public List<ClaimEntity> list(Caller caller, ClaimFilter filter, int page, int size) {
        ScopedClaimQuery scoped = new ScopedClaimQuery(caller).filter(filter);
        // one document reads best in text order; across documents the most check-worthy come first
        String order = filter.documentId() != null ? "c.span_start, c.id" : "c.score DESC, c.id";
        return load(ids("SELECT c.id" + FROM + scoped.where() + " ORDER BY " + order
                + " LIMIT " + size + " OFFSET " + ((long) page * size), scoped.parameters()));
    }

    public long count(Caller caller, ClaimFilter filter) {
        ScopedClaimQuery scoped = new ScopedClaimQuery(caller).filter(filter);
        Query query = getEntityManager().createNativeQuery("SELECT count(*)" + FROM + scoped.where());
        bind(query, scoped.parameters());
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * Claims of other documents the caller may see that could match {@code claim}: they share an entity,
     * or, when the claim names none, they name none either and share a measure word (the matcher's own
     * entity rule). Best scores first, at most {@code limit}.
     */
    public List<ClaimEntity> matchCandidates(ClaimEntity claim, Caller caller, int limit) {
        ScopedClaimQuery scoped = new ScopedClaimQuery(caller).and("c.document_id <> ?", claim.documentId);
        if (!claim.entities.isEmpty()) {
            scoped.and("c.entities && string_to_array(?, chr(31))", String.join(UNIT_SEPARATOR, claim.entities));
        } else if (!claim.measureWords.isEmpty()) {
            scoped.and("cardinality(c.entities) = 0 AND c.measure_words && string_to_array(?, chr(31))",
                    String.join(UNIT_SEPARATOR, claim.measureWords));
        } else {
            return List.of();
        }
        return load(ids("SELECT c.id" + FROM + scoped.where() + " ORDER BY c.score DESC, c.id LIMIT " + limit,
                scoped.parameters()));
    }

    public long deleteByDocument(UUID documentId) {
        return delete("documentId", documentId);
    }

    public long deleteByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? 0 : delete("id in ?1", ids);
    }

    @SuppressWarnings("unchecked")
    private List<UUID> ids(String sql, List<Object> parameters) {
        Query query = getEntityManager().createNativeQuery(sql);
        bind(query, parameters);
        return (List<UUID>) query.getResultList();
    }

    /** Entities for the ids, in the ids' order. */
    private List<ClaimEntity> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        return list("id in ?1", ids).stream().sorted(Comparator.comparing(c -> position.get(c.id))).toList();
    }

    private static void bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }
}
