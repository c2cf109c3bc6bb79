package io.policylens.recommendations.repository;

import io.policylens.common.jdbc.Rows;
import io.policylens.common.jdbc.Sql;
import io.policylens.common.security.Caller;
import io.policylens.common.security.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads and writes recommendations. Listing uses array filters and full-text search. */
@ApplicationScoped
public class RecommendationRepository {

    private static final String ORDER = " ORDER BY r.document_date DESC NULLS LAST, r.document_id, r.span_start";

    private static final String SELECT = "SELECT " + RecommendationEntity.COLUMNS + " FROM recommendations r";

    /** Columns the feed consumer owns; never status, status_changed_at (tracking), cluster_id (clustering) or created_at. */
    private static final List<String> EXTRACTION_COLUMNS = List.of("document_id", "span_start", "span_end", "text", "actor",
            "strength", "action", "topics", "forums", "entity_ids", "section", "sentence_index", "negated", "owner_org",
            "visibility", "document_title", "document_publisher", "document_date", "document_revision", "extractor_version",
            "updated_at");

    private static final String INSERT = "INSERT INTO recommendations (" + String.join(", ", EXTRACTION_COLUMNS)
            + ", id, status, status_changed_at, created_at) VALUES (" + "?, ".repeat(EXTRACTION_COLUMNS.size() + 3) + "?)";

    private static final String UPDATE_EXTRACTION = "UPDATE recommendations SET " + String.join(" = ?, ", EXTRACTION_COLUMNS)
            + " = ? WHERE id = ?";

    private final Sql sql;

    @Inject
    public RecommendationRepository(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    public Optional<RecommendationEntity> findById(UUID id) {
        return sql.first(SELECT + " WHERE r.id = ?", RecommendationEntity::of, id);
    }

    /** The recommendation if it exists and the caller may see it: otherwise empty, never a hint that it exists. */
    public Optional<RecommendationEntity> findVisible(UUID id, Caller caller) {
        return findById(id).filter(r -> visible(r, caller));
    }

    /** Same as {@link #findVisible} with a row lock, so concurrent status changes apply one after the other. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<RecommendationEntity> findVisibleForUpdate(UUID id, Caller caller) {
        return sql.first(SELECT + " WHERE r.id = ? FOR UPDATE", RecommendationEntity::of, id).filter(r -> visible(r, caller));
    }

    public List<RecommendationEntity> list(Caller caller, RecommendationFilter filter, int page, int size) {
        ScopedQuery scoped = new ScopedQuery(caller, filter);
        return sql.list(SELECT + " WHERE " + scoped.where() + ORDER + " LIMIT " + size + " OFFSET " + ((long) page * size),
                RecommendationEntity::of, scoped.parameters());
    }

    public long count(Caller caller, RecommendationFilter filter) {
        ScopedQuery scoped = new ScopedQuery(caller, filter);
        return sql.longValue("SELECT count(*) FROM recommendations r WHERE " + scoped.where(), scoped.parameters());
    }

    public List<RecommendationEntity> ofDocument(UUID documentId) {
        return sql.list(SELECT + " WHERE r.document_id = ? ORDER BY r.span_start", RecommendationEntity::of, documentId);
    }

    public boolean hasDocument(UUID documentId) {
        return sql.first("SELECT 1 FROM recommendations WHERE document_id = ? LIMIT 1", row -> Boolean.TRUE, documentId).isPresent();
    }

    /** Inserts new recommendations with every column, tracking state included. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(List<RecommendationEntity> entities) {
        sql.batch(INSERT, entities.stream().map(e -> extractionValues(e, e.id, e.status, e.statusChangedAt, e.createdAt)).toList());
    }

    /**
     * Writes the extraction and document columns of stored recommendations. Tracking state and cluster are left alone:
     * a status change committed meanwhile is kept.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void updateExtraction(List<RecommendationEntity> entities) {
        sql.batch(UPDATE_EXTRACTION, entities.stream().map(e -> extractionValues(e, e.id)).toList());
    }

    /** Writes the tracking columns only: the consumer may be rewriting the extraction columns of the same row. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void updateStatus(RecommendationEntity entity) {
        sql.update("UPDATE recommendations SET status = ?, status_changed_at = ? WHERE id = ?", entity.status,
                entity.statusChangedAt, entity.id);
    }

    /** Scoping and display fields of all of a document's recommendations, after a metadata-only change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int updateDocumentMetadata(UUID documentId, String ownerOrg, String visibility, String title, String publisher,
                                      LocalDate date, int revision, OffsetDateTime updatedAt) {
        return sql.update("UPDATE recommendations SET owner_org = ?, visibility = ?, document_title = ?, document_publisher = ?, "
                        + "document_date = ?, document_revision = ?, updated_at = ? WHERE document_id = ?", ownerOrg, visibility,
                title, publisher, date, revision, updatedAt, documentId);
    }

    /** Removes the document's recommendations except the given ids; history and evidence go with them (FK cascade). */
    @Transactional(Transactional.TxType.MANDATORY)
    public long deleteOfDocumentExcept(UUID documentId, Collection<UUID> keep) {
        return keep.isEmpty() ? sql.update("DELETE FROM recommendations WHERE document_id = ?", documentId)
                : sql.update("DELETE FROM recommendations WHERE document_id = ? AND NOT (id = ANY (CAST(? AS uuid[])))", documentId, keep);
    }

    /**
     * All recommendations as the clusterer needs them, with their current cluster: id, document id, publisher, text,
     * actor, action, topics, forums (lists), negated, cluster id.
     */
    public List<Object[]> clusterRows() {
        return sql.list("SELECT id, document_id, document_publisher, text, actor, action, topics, forums, negated, cluster_id "
                + "FROM recommendations", row -> new Object[] {Rows.uuid(row, "id"), Rows.uuid(row, "document_id"),
                row.getString("document_publisher"), row.getString("text"), row.getString("actor"), row.getString("action"),
                Rows.strings(row, "topics"), Rows.strings(row, "forums"), row.getBoolean("negated"), row.getString("cluster_id")});
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void assignCluster(String clusterId, Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            sql.update("UPDATE recommendations SET cluster_id = ?, clustered_at = now() WHERE id = ANY (CAST(? AS uuid[]))", clusterId, ids);
        }
    }

    /** The values of {@link #EXTRACTION_COLUMNS} in order, then the given ones. */
    private static Object[] extractionValues(RecommendationEntity e, Object... then) {
        Object[] extraction = {e.documentId, e.start, e.end, e.text, e.actor, e.strength, e.action, e.topics, e.forums,
            e.entityIds, e.section, e.sentenceIndex, e.negated, e.ownerOrg, e.visibility, e.documentTitle, e.documentPublisher,
            e.documentDate, e.documentRevision, e.extractorVersion, e.updatedAt};
        Object[] values = new Object[extraction.length + then.length];
        System.arraycopy(extraction, 0, values, 0, extraction.length);
        System.arraycopy(then, 0, values, extraction.length, then.length);
        return values;
    }

    private static boolean visible(RecommendationEntity r, Caller caller) {
        return caller.canSee(r.ownerOrg, Visibility.parse(r.visibility));
    }
}
