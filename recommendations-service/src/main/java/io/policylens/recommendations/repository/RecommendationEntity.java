package io.policylens.recommendations.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A stored recommendation. Dynamic updates: the feed consumer writes extraction fields and the tracking
 * endpoint writes the status; each UPDATE carries only the columns its writer changed, so neither
 * overwrites the other's concurrent change with a stale value.
 */
@Entity
@Table(name = "recommendations")
@DynamicUpdate
public class RecommendationEntity extends PanacheEntityBase {

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

    @Column(name = "cluster_id")
    public String clusterId;

    /** proposed | under_consideration | adopted | implemented | rejected */
    @Column(nullable = false)
    public String status;

    @Column(name = "status_changed_at", nullable = false)
    public OffsetDateTime statusChangedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
