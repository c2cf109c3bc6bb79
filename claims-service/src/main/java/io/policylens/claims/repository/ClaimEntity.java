package io.policylens.claims.repository;

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

/**
 * A stored claim (a row of {@code claims}): the extractor's output for one sentence plus the document's scoping and
 * display fields at the revision it was extracted from. Review state lives in {@link ReviewStateEntity}, so
 * rewriting this row on re-extraction never touches it. The generated full-text column {@code search} is not mapped:
 * only native queries use it. Extends PanacheEntityBase so that Quarkus turns the public fields into accessors,
 * which Hibernate's dirty tracking sees; queries and writes go through {@link ClaimRepository}.
 */
@Entity
@Table(name = "claims")
public class ClaimEntity extends PanacheEntityBase {

    /** ClaimIds.of(documentId, spanStart, spanEnd). */
    @Id
    public UUID id;

    @Column(name = "document_id", nullable = false)
    public UUID documentId;

    @Column(name = "span_start", nullable = false)
    public int spanStart;

    @Column(name = "span_end", nullable = false)
    public int spanEnd;

    @Column(name = "sentence_index", nullable = false)
    public int sentenceIndex;

    @Column(nullable = false)
    public String text;

    /** Lower-case ClaimType label. */
    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public double score;

    @Column(nullable = false)
    public boolean hedged;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> hedges;

    /** Written and read with the service's ObjectMapper ({@link StoredJson}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<StoredQuantity> quantities;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "measure_words", nullable = false, columnDefinition = "text[]")
    public List<String> measureWords;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> entities;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> topics;

    @Column(name = "cited_source")
    public String citedSource;

    @Column(name = "cited_source_cue")
    public String citedSourceCue;

    public String section;

    @Column(name = "owner_org", nullable = false)
    public String ownerOrg;

    /** public | partner */
    @Column(nullable = false)
    public String visibility;

    @Column(name = "document_title", nullable = false)
    public String documentTitle;

    @Column(name = "document_publisher")
    public String documentPublisher;

    @Column(name = "document_published_date")
    public LocalDate documentPublishedDate;

    @Column(name = "document_url")
    public String documentUrl;

    @Column(name = "document_revision", nullable = false)
    public int documentRevision;

    @Column(name = "extractor_version", nullable = false)
    public String extractorVersion;

    @Column(name = "extracted_at", nullable = false)
    public OffsetDateTime extractedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
