package io.policylens.documents.repository;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.policylens.common.jdbc.Jsonb;
import io.policylens.common.jdbc.Rows;
import io.policylens.common.jdbc.Sql;
import io.policylens.common.security.Caller;
import io.policylens.documents.search.Snippet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and writes documents with plain SQL. Listing and search use PostgreSQL full-text search
 * (websearch_to_tsquery, which accepts any user input without syntax errors), ts_rank_cd ranking and
 * ts_headline snippets. The jsonb columns hold Jackson's rendering of {@link StoredAnalysis} and {@link StoredSummary}.
 */
@ApplicationScoped
public class DocumentRepository {

    /** Every column but the generated search vector, which only the database reads. */
    private static final String DOCUMENT_COLUMNS = "id, owner_org, visibility, title, authors, publisher, published_date, "
            + "source_url, language, content_format, content_hash, raw_content, text, analysis, summary, topics, entities, "
            + "pipeline_version, revision, created_by, created_at, updated_at, deleted_at";

    private static final String METADATA_COLUMNS = "id, owner_org, visibility, title, authors, publisher, published_date, "
            + "source_url, language, content_format, content_hash, pipeline_version, revision, created_at, updated_at, summary";

    private static final String SUMMARY_COLUMNS = "d.id, d.title, d.authors, d.publisher, d.published_date, d.visibility, "
            + "d.owner_org, d.topics, d.revision, d.created_at";

    private final Sql sql;
    private final ObjectMapper json;

    @Inject
    public DocumentRepository(DataSource dataSource, ObjectMapper json) {
        this.sql = new Sql(dataSource);
        this.json = json;
    }

    public Optional<DocumentEntity> findLive(UUID id) {
        return sql.first("SELECT " + DOCUMENT_COLUMNS + " FROM documents WHERE id = ? AND deleted_at IS NULL",
                this::document, id);
    }

    /** Like {@link #findLive}, and locks the row until the end of the transaction: concurrent changes queue up. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<DocumentEntity> findLiveForUpdate(UUID id) {
        return sql.first("SELECT " + DOCUMENT_COLUMNS + " FROM documents WHERE id = ? AND deleted_at IS NULL FOR UPDATE",
                this::document, id);
    }

    /** The metadata and summary only: neither the texts nor the analysis are read. */
    public Optional<DocumentMetadata> findLiveMetadata(UUID id) {
        return sql.first("SELECT " + METADATA_COLUMNS + " FROM documents WHERE id = ? AND deleted_at IS NULL",
                this::metadata, id);
    }

    public Optional<DocumentEntity> findLiveByContent(String ownerOrg, String contentHash) {
        return sql.first("SELECT " + DOCUMENT_COLUMNS + " FROM documents "
                + "WHERE owner_org = ? AND content_hash = ? AND deleted_at IS NULL", this::document, ownerOrg, contentHash);
    }

    /**
     * Serialises concurrent submissions of the same content by the same owner until the end of the
     * transaction, so the second one finds the first instead of failing on the unique index.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockContent(String ownerOrg, String contentHash) {
        sql.execute("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", ownerOrg + "/" + contentHash);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(DocumentEntity d) {
        sql.update("INSERT INTO documents (" + DOCUMENT_COLUMNS + ") "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                d.id, d.ownerOrg, d.visibility, d.title, d.authors, d.publisher, d.publishedDate, d.sourceUrl, d.language,
                d.contentFormat, d.contentHash, d.rawContent, d.text, Jsonb.of(json, d.analysis), Jsonb.of(json, d.summary),
                d.topics, d.entities, d.pipelineVersion, d.revision, d.createdBy, d.createdAt, d.updatedAt, d.deletedAt);
    }

    /** Writes what a metadata change or a deletion may change; texts, analysis and provenance never change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void updateMetadata(DocumentEntity d) {
        sql.update("UPDATE documents SET visibility = ?, title = ?, authors = ?, publisher = ?, published_date = ?, "
                        + "source_url = ?, language = ?, revision = ?, updated_at = ?, deleted_at = ? WHERE id = ?",
                d.visibility, d.title, d.authors, d.publisher, d.publishedDate, d.sourceUrl, d.language, d.revision,
                d.updatedAt, d.deletedAt, d.id);
    }

    public List<DocumentSummaryRow> list(Caller caller, DocumentFilter filter, int page, int size) {
        ScopedQuery scoped = new ScopedQuery(caller, filter);
        return sql.list("SELECT " + SUMMARY_COLUMNS + ", NULL, NULL FROM documents d WHERE " + scoped.where()
                        + " ORDER BY d.created_at DESC, d.id LIMIT " + size + " OFFSET " + ((long) page * size),
                DocumentRepository::summaryRow, scoped.parameters().toArray());
    }

    public long count(Caller caller, DocumentFilter filter) {
        ScopedQuery scoped = new ScopedQuery(caller, filter);
        return sql.longValue("SELECT count(*) FROM documents d WHERE " + scoped.where(), scoped.parameters().toArray());
    }

    public List<DocumentSummaryRow> search(Caller caller, DocumentFilter filter, String text, int page, int size) {
        ScopedQuery scoped = new ScopedQuery(caller, filter).and("d.search @@ websearch_to_tsquery('english', ?)", text);
        List<Object> parameters = new ArrayList<>();
        parameters.add(String.valueOf(Snippet.START) + Snippet.STOP);
        parameters.add(Snippet.HEADLINE_OPTIONS);
        parameters.add(text);
        parameters.addAll(scoped.parameters());
        // the highlight delimiters are removed from the text first, so no document can forge a highlight (Snippet)
        return sql.list("SELECT " + SUMMARY_COLUMNS
                        + ", ts_rank_cd(d.search, q.query, 32), ts_headline('english', translate(d.text, ?, ''), q.query, ?)"
                        + " FROM documents d, (SELECT websearch_to_tsquery('english', ?) AS query) q WHERE " + scoped.where()
                        + " ORDER BY 11 DESC, d.created_at DESC, d.id LIMIT " + size + " OFFSET " + ((long) page * size),
                DocumentRepository::summaryRow, parameters.toArray());
    }

    public long countSearch(Caller caller, DocumentFilter filter, String text) {
        ScopedQuery scoped = new ScopedQuery(caller, filter).and("d.search @@ websearch_to_tsquery('english', ?)", text);
        return sql.longValue("SELECT count(*) FROM documents d WHERE " + scoped.where(), scoped.parameters().toArray());
    }

    private DocumentEntity document(ResultSet row) throws SQLException {
        DocumentEntity d = new DocumentEntity();
        d.id = Rows.uuid(row, "id");
        d.ownerOrg = row.getString("owner_org");
        d.visibility = row.getString("visibility");
        d.title = row.getString("title");
        d.authors = Rows.strings(row, "authors");
        d.publisher = row.getString("publisher");
        d.publishedDate = Rows.localDate(row, "published_date");
        d.sourceUrl = row.getString("source_url");
        d.language = row.getString("language");
        d.contentFormat = row.getString("content_format");
        d.contentHash = row.getString("content_hash");
        d.rawContent = row.getString("raw_content");
        d.text = row.getString("text");
        d.analysis = Jsonb.read(json, row.getString("analysis"), StoredAnalysis.class);
        d.summary = Jsonb.read(json, row.getString("summary"), StoredSummary.class);
        d.topics = Rows.strings(row, "topics");
        d.entities = Rows.strings(row, "entities");
        d.pipelineVersion = row.getString("pipeline_version");
        d.revision = row.getInt("revision");
        d.createdBy = row.getString("created_by");
        d.createdAt = Rows.offsetDateTime(row, "created_at");
        d.updatedAt = Rows.offsetDateTime(row, "updated_at");
        d.deletedAt = Rows.offsetDateTime(row, "deleted_at");
        return d;
    }

    private DocumentMetadata metadata(ResultSet row) throws SQLException {
        return new DocumentMetadata(Rows.uuid(row, "id"), row.getString("owner_org"), row.getString("visibility"),
                row.getString("title"), Rows.strings(row, "authors"), row.getString("publisher"),
                Rows.localDate(row, "published_date"), row.getString("source_url"), row.getString("language"),
                row.getString("content_format"), row.getString("content_hash"), row.getString("pipeline_version"),
                row.getInt("revision"), Rows.offsetDateTime(row, "created_at"), Rows.offsetDateTime(row, "updated_at"),
                Jsonb.read(json, row.getString("summary"), StoredSummary.class));
    }

    /** Columns by position: the rank and snippet columns (11, 12) are NULL outside search. */
    private static DocumentSummaryRow summaryRow(ResultSet r) throws SQLException {
        double rank = r.getDouble(11);
        Double rankOrNull = r.wasNull() ? null : rank;
        return new DocumentSummaryRow(r.getObject(1, UUID.class), r.getString(2), Rows.strings(r, 3), r.getString(4),
                r.getObject(5, LocalDate.class), r.getString(6), r.getString(7), Rows.strings(r, 8), r.getInt(9),
                r.getObject(10, OffsetDateTime.class), rankOrNull, Snippet.of(r.getString(12)));
    }
}
