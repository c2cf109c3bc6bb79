package io.policylens.documents.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A stored document: metadata, raw and normalised text, and its analysis. */
@Entity
@Table(name = "documents")
public class DocumentEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "owner_org", nullable = false)
    public String ownerOrg;

    /** public | partner */
    @Column(nullable = false)
    public String visibility;

    @Column(nullable = false)
    public String title;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> authors;

    public String publisher;

    @Column(name = "published_date")
    public LocalDate publishedDate;

    @Column(name = "source_url")
    public String sourceUrl;

    @Column(nullable = false)
    public String language;

    /** text | html | markdown */
    @Column(name = "content_format", nullable = false)
    public String contentFormat;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "raw_content", nullable = false)
    public String rawContent;

    @Column(nullable = false)
    public String text;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public StoredAnalysis analysis;

    /** Counts, topics, entities and sections of the analysis; null for documents stored before V2. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public StoredSummary summary;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> topics;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> entities;

    @Column(name = "pipeline_version", nullable = false)
    public String pipelineVersion;

    @Column(nullable = false)
    public int revision;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
