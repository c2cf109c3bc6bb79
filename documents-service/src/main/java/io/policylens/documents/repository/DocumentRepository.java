package io.policylens.documents.repository;

import io.policylens.common.security.Caller;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and writes documents. Listing and search use native SQL: PostgreSQL full-text search
 * (websearch_to_tsquery, which accepts any user input without syntax errors), ts_rank_cd ranking and
 * ts_headline snippets have no portable equivalent.
 */
@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<DocumentEntity, UUID> {

    private static final String SUMMARY_COLUMNS = "d.id, d.title, array_to_string(d.authors, chr(31)), d.publisher, "
            + "to_char(d.published_date, 'YYYY-MM-DD'), d.visibility, d.owner_org, array_to_string(d.topics, ','), "
            + "d.revision, d.created_at";

    /** Snippet options: short fragments, <mark> highlights. */
    private static final String HEADLINE_OPTIONS =
            "StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    public Optional<DocumentEntity> findLive(UUID id) {
        return find("id = ?1 and deletedAt is null", id).firstResultOptional();
    }

    /** The metadata and summary only: neither the texts nor the analysis are read. */
    public Optional<DocumentMetadata> findLiveMetadata(UUID id) {
        return getEntityManager().createQuery("SELECT new io.policylens.documents.repository.DocumentMetadata(d.id, "
                        + "d.ownerOrg, d.visibility, d.title, d.authors, d.publisher, d.publishedDate, d.sourceUrl, d.language, "
                        + "d.contentFormat, d.contentHash, d.pipelineVersion, d.revision, d.createdAt, d.updatedAt, d.summary) "
                        + "FROM DocumentEntity d WHERE d.id = ?1 AND d.deletedAt IS NULL", DocumentMetadata.class)
                .setParameter(1, id).getResultStream().findFirst();
    }

    public Optional<DocumentEntity> findLiveByContent(String ownerOrg, String contentHash) {
        return find("ownerOrg = ?1 and contentHash = ?2 and deletedAt is null", ownerOrg, contentHash).firstResultOptional();
    }

    /**
     * Serialises concurrent submissions of the same content by the same owner until the end of the
     * transaction, so the second one finds the first instead of failing on the unique index.
     */
    public void lockContent(String ownerOrg, String contentHash) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, ownerOrg + "/" + contentHash).getSingleResult();
    }

    public List<DocumentSummaryRow> list(Caller caller, DocumentFilter filter, int page, int size) {
        ScopedQuery scoped = new ScopedQuery(caller, filter);
        Query query = getEntityManager().createNativeQuery("SELECT " + SUMMARY_COLUMNS + ", NULL, NULL FROM documents d WHERE "
                + scoped.where() + " ORDER BY d.created_at DESC, d.id LIMIT " + size + " OFFSET " + ((long) page * size));
        bind(query, scoped.parameters());
        return rows(query);
    }

    public long count(Caller caller, DocumentFilter filter) {
        ScopedQuery scoped = new ScopedQuery(caller, filter);
        Query query = getEntityManager().createNativeQuery("SELECT count(*) FROM documents d WHERE " + scoped.where());
        bind(query, scoped.parameters());
        return ((Number) query.getSingleResult()).longValue();
    }

    public List<DocumentSummaryRow> search(Caller caller, DocumentFilter filter, String text, int page, int size) {
        ScopedQuery scoped = new ScopedQuery(caller, filter).and("d.search @@ websearch_to_tsquery('english', ?)", text);
        Query query = getEntityManager().createNativeQuery("SELECT " + SUMMARY_COLUMNS
                + ", ts_rank_cd(d.search, q.query, 32), ts_headline('english', d.text, q.query, '" + HEADLINE_OPTIONS + "')"
                + " FROM documents d, (SELECT websearch_to_tsquery('english', ?) AS query) q WHERE " + scoped.where()
                + " ORDER BY 11 DESC, d.created_at DESC, d.id LIMIT " + size + " OFFSET " + ((long) page * size));
        query.setParameter(1, text);
        List<Object> parameters = scoped.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 2, parameters.get(i));
        }
        return rows(query);
    }

    public long countSearch(Caller caller, DocumentFilter filter, String text) {
        ScopedQuery scoped = new ScopedQuery(caller, filter).and("d.search @@ websearch_to_tsquery('english', ?)", text);
        Query query = getEntityManager().createNativeQuery("SELECT count(*) FROM documents d WHERE " + scoped.where());
        bind(query, scoped.parameters());
        return ((Number) query.getSingleResult()).longValue();
    }

    private static void bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<DocumentSummaryRow> rows(Query query) {
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(DocumentRepository::row).toList();
    }

    private static DocumentSummaryRow row(Object[] r) {
        return new DocumentSummaryRow((UUID) r[0], (String) r[1], split((String) r[2], "\u001f"), (String) r[3],
                r[4] == null ? null : LocalDate.parse((String) r[4]), (String) r[5], (String) r[6], split((String) r[7], ","),
                ((Number) r[8]).intValue(), SqlValues.offsetDateTime(r[9]),
                r[10] == null ? null : ((Number) r[10]).doubleValue(), (String) r[11]);
    }

    private static List<String> split(String joined, String separator) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator));
    }
}
