package io.policylens.documents.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A stored document: metadata, raw and normalised text, and its analysis; one row of table {@code
 * documents} (schema by Flyway, V1 and V2). Only the metadata a change or a deletion may touch is
 * updatable: texts, analysis and provenance never change, and the jsonb columns are immutable
 * values, so Hibernate neither copies nor compares them.
 *
 * <p>Listing and search are native SQL ({@link DocumentRepository}, built with commons' {@code
 * ScopedQuery}): PostgreSQL full-text search, ranking, snippets and text[] membership have no JPQL
 * equivalent. Their rows map to {@link #SUMMARY_ROW}.
 */
@Entity
@Table(name = "documents")
@SqlResultSetMapping(
        name = DocumentEntity.SUMMARY_ROW,
        columns = {
            @ColumnResult(name = "id", type = UUID.class),
            @ColumnResult(name = "title", type = String.class),
            @ColumnResult(name = "authors", type = String[].class),
            @ColumnResult(name = "publisher", type = String.class),
            @ColumnResult(name = "published_date", type = LocalDate.class),
            @ColumnResult(name = "visibility", type = String.class),
            @ColumnResult(name = "owner_org", type = String.class),
            @ColumnResult(name = "topics", type = String[].class),
            @ColumnResult(name = "revision", type = Integer.class),
            @ColumnResult(name = "created_at", type = OffsetDateTime.class),
            @ColumnResult(name = "rank", type = Double.class),
            @ColumnResult(name = "snippet", type = String.class)
        })
// serialises submissions of the same content by the same owner until the end of the transaction
@NamedNativeQuery(
        name = DocumentEntity.LOCK_CONTENT,
        query = "SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(:key, 0))")
public class DocumentEntity extends PanacheEntityBase {

    static final String SUMMARY_ROW = "DocumentSummaryRow";
    static final String LOCK_CONTENT = "Document.lockContent";

    static final String SUMMARY_COLUMNS =
            "d.id, d.title, d.authors, d.publisher, d.published_date, d.visibility, d.owner_org, d.topics, d.revision, "
            + "d.created_at";

    @Id
    public UUID id;

    @Column(name = "owner_org", nullable = false, updatable = false)
    public String ownerOrg;

    /** public | partner */
    @Column(nullable = false)
    public String visibility;

    @Column(nullable = false)
    public String title;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> authors;

    public String publisher;

    @Column(name = "published_date")
    public LocalDate publishedDate;

    @Column(name = "source_url")
    public String sourceUrl;

    @Column(nullable = false)
    public String language;

    /** text | html | markdown */
    @Column(name = "content_format", nullable = false, updatable = false)
    public String contentFormat;

    @Column(name = "content_hash", nullable = false, updatable = false)
    public String contentHash;

    @Column(name = "raw_content", nullable = false, updatable = false)
    public String rawContent;

    @Column(nullable = false, updatable = false)
    public String text;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false, updatable = false)
    public StoredAnalysis analysis;

    /** Counts, topics, entities and sections of the analysis; null for documents stored before V2. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(updatable = false)
    public StoredSummary summary;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, updatable = false)
    public List<String> topics;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, updatable = false)
    public List<String> entities;

    @Column(name = "pipeline_version", nullable = false, updatable = false)
    public String pipelineVersion;

    @Column(nullable = false)
    public int revision;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** Checked before every insert and update: a NUL character in any text is the caller's error (400). */
    @PrePersist
    @PreUpdate
    void requireStorableTexts() {
        for (String value : new String[]{ownerOrg, visibility, title, publisher, sourceUrl, language, contentFormat,
                contentHash, rawContent, text, pipelineVersion, createdBy}) {
            StorableText.text(value);
        }
        StorableText.texts(authors);
        StorableText.texts(topics);
        StorableText.texts(entities);
    }
}
