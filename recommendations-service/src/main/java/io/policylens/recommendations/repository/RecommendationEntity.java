package io.policylens.recommendations.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A stored recommendation (table recommendations). Two writers share a row: the feed consumer writes the
 * extraction and document fields, the tracking endpoint the status. Dynamic updates: each UPDATE carries only the
 * columns its writer changed, so neither overwrites the other's concurrent change with a stale value.
 */
@Entity
@Table(name = "recommendations")
@DynamicUpdate
// native: clustered_at is the database's time of the assignment, and the ids bind as one array however many there are
@NamedNativeQuery(name = "Recommendation.assignCluster",
        query = "UPDATE recommendations SET cluster_id = ?1, clustered_at = now() WHERE id = ANY (CAST(?2 AS uuid[]))")
public class RecommendationEntity {

    @Id
    public UUID id;

    @Column(name = "document_id", nullable = false)
    public UUID documentId;

    @Column(name = "span_start", nullable = false)
    public int start;

    @Column(name = "span_end", nullable = false)
    public int end;

    @Column(nullable = false)
    public String text;

    public String actor;

    @Column(nullable = false)
    public String strength;

    @Column(nullable = false)
    public String action;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> topics;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> forums;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "entity_ids", nullable = false, columnDefinition = "text[]")
    public List<String> entityIds;

    public String section;

    @Column(name = "sentence_index", nullable = false)
    public int sentenceIndex;

    @Column(nullable = false)
    public boolean negated;

    @Column(name = "owner_org", nullable = false)
    public String ownerOrg;

    /** public | partner */
    @Column(nullable = false)
    public String visibility;

    @Column(name = "document_title")
    public String documentTitle;

    @Column(name = "document_publisher")
    public String documentPublisher;

    @Column(name = "document_date")
    public LocalDate documentDate;

    @Column(name = "document_revision", nullable = false)
    public int documentRevision;

    @Column(name = "extractor_version", nullable = false)
    public String extractorVersion;

    /** Written only by the re-clustering ({@link RecommendationRepository#assignCluster}), never through the entity. */
    @Column(name = "cluster_id", insertable = false, updatable = false)
    public String clusterId;

    /** proposed | under_consideration | adopted | implemented | rejected */
    @Column(nullable = false)
    public String status;

    @Column(name = "status_changed_at", nullable = false)
    public OffsetDateTime statusChangedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
