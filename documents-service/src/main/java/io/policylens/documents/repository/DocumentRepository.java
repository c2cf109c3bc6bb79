package io.policylens.documents.repository;

import io.policylens.common.query.ScopedQuery;
import io.policylens.common.security.Caller;
import io.policylens.documents.search.Snippet;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.hibernate.jpa.HibernateHints;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and writes documents. Lookups are Panache queries; listing and search are native SQL built with commons'
 * {@link ScopedQuery} (PostgreSQL full-text search with websearch_to_tsquery, which accepts any user input without
 * syntax errors, ts_rank_cd ranking and ts_headline snippets). Reads that change nothing load their entities read-only:
 * Hibernate keeps no snapshot of them and does not check them at commit.
 */
@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<DocumentEntity, UUID> {

    public Optional<DocumentEntity> findLive(UUID id) {
        return readOnly(find("id = ?1 and deletedAt is null", id)).firstResultOptional();
    }

    /** Like {@link #findLive}, and locks the row until the end of the transaction: concurrent changes queue up. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<DocumentEntity> findLiveForUpdate(UUID id) {
        return find("id = ?1 and deletedAt is null", id)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** The metadata and summary only: neither the texts nor the analysis are read. */
    public Optional<DocumentMetadataRow> findLiveMetadata(UUID id) {
        return getEntityManager()
                .createQuery(
                        "SELECT new io.policylens.documents.repository.DocumentMetadataRow(d.id, d.ownerOrg, "
                        + "d.visibility, d.title, d.authors, d.publisher, d.publishedDate, d.sourceUrl, d.language, "
                        + "d.contentFormat, d.contentHash, d.pipelineVersion, d.revision, d.createdAt, d.updatedAt, "
                        + "d.summary) FROM DocumentEntity d WHERE d.id = ?1 AND d.deletedAt IS NULL",
                        DocumentMetadataRow.class)
                .setParameter(1, id)
                .getResultStream()
                .findFirst();
    }

    public Optional<DocumentEntity> findLiveByContent(String ownerOrg, String contentHash) {
        return readOnly(
                        find(
                                "ownerOrg = ?1 and contentHash = ?2 and deletedAt is null",
                                ownerOrg,
                                contentHash))
                .firstResultOptional();
    }

    /**
     * Serialises concurrent submissions of the same content by the same owner until the end of the
     * transaction, so the second one finds the first instead of failing on the unique index.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockContent(String ownerOrg, String contentHash) {
        getEntityManager()
                .createNamedQuery(DocumentEntity.LOCK_CONTENT)
                .setParameter("key", StorableText.text(ownerOrg + "/" + contentHash))
                .getSingleResult();
    }

    /** Stores a new document; written when the persistence context is flushed (at the latest at commit). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(DocumentEntity document) {
        persist(document);
    }

    public List<DocumentSummaryRow> list(Caller caller, DocumentFilter filter, int page, int size) {
        ScopedQuery scoped = scoped(caller, filter);
        Query query =
                getEntityManager()
                        .createNativeQuery(
                                "SELECT "
                                        + DocumentEntity.SUMMARY_COLUMNS
                                        + ", CAST(NULL AS real) AS rank, CAST(NULL AS text) AS snippet FROM documents "
                                                + "d WHERE "
                                        + scoped.where()
                                        + " ORDER BY d.created_at DESC, d.id"
                                        + ScopedQuery.page(page, size),
                                DocumentEntity.SUMMARY_ROW);
        scoped.bind(query::setParameter);
        return rows(query);
    }

    public long count(Caller caller, DocumentFilter filter) {
        return countRows(scoped(caller, filter));
    }

    /** The highlight delimiters are removed from the text first, so no document can forge a highlight (Snippet). */
    public List<DocumentSummaryRow> search(Caller caller, DocumentFilter filter, String text, int page, int size) {
        ScopedQuery scoped = scoped(caller, filter).and("d.search @@ q.query");
        Query query =
                getEntityManager()
                        .createNativeQuery(
                                "SELECT "
                                        + DocumentEntity.SUMMARY_COLUMNS
                                        + ", ts_rank_cd(d.search, q.query, 32) AS rank, ts_headline('english', "
                                                + "translate(d.text, ?, ''), q.query, ?) AS snippet FROM documents d, "
                                                + "(SELECT websearch_to_tsquery('english', ?) AS query) q WHERE "
                                        + scoped.where()
                                        + " ORDER BY 11 DESC, d.created_at DESC, d.id"
                                        + ScopedQuery.page(page, size),
                                DocumentEntity.SUMMARY_ROW)
                        .setParameter(1, String.valueOf(Snippet.START) + Snippet.STOP)
                        .setParameter(2, Snippet.HEADLINE_OPTIONS)
                        .setParameter(3, StorableText.text(text));
        scoped.bind(query::setParameter, 3);
        return rows(query);
    }

    public long countSearch(Caller caller, DocumentFilter filter, String text) {
        return countRows(scoped(caller, filter).matches("d.search", null, text));
    }

    /** Live documents in the caller's partner scope, then the filters the request names. */
    private static ScopedQuery scoped(Caller caller, DocumentFilter filter) {
        return ScopedQuery.visibleTo(caller, "d")
                .and("d.deleted_at IS NULL")
                .hasElement("d.topics", filter.topic())
                .hasElement("d.entities", filter.entity())
                .andIfPresent("lower(d.publisher) = lower(?)", filter.publisher())
                .atLeast("d.published_date", filter.publishedFrom())
                .atMost("d.published_date", filter.publishedTo())
                .equal(
                        "d.visibility",
                        filter.visibility() == null ? null : filter.visibility().label());
    }

    private static PanacheQuery<DocumentEntity> readOnly(PanacheQuery<DocumentEntity> query) {
        return query.withHint(HibernateHints.HINT_READ_ONLY, true);
    }

    private long countRows(ScopedQuery scoped) {
        Query query =
                getEntityManager()
                        .createNativeQuery(
                                "SELECT count(*) FROM documents d WHERE " + scoped.where());
        scoped.bind(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** Rows of {@link DocumentEntity#SUMMARY_ROW}; rank and snippet are null outside search. */
    private static List<DocumentSummaryRow> rows(Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new DocumentSummaryRow((UUID) r[0], (String) r[1], strings(r[2]), (String) r[3],
                (LocalDate) r[4], (String) r[5], (String) r[6], strings(r[7]), (Integer) r[8], (OffsetDateTime) r[9],
                (Double) r[10], Snippet.of((String) r[11]))).toList();
    }

    /** A text[] value as an unmodifiable list; a NULL element stays null. */
    private static List<String> strings(Object array) {
        return array == null ? List.of() : Collections.unmodifiableList(Arrays.asList((String[]) array));
    }
}
