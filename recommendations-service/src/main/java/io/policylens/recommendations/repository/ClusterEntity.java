package io.policylens.recommendations.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A cluster as of the last re-clustering (table clusters); counts are over all partners (the API
 * recounts per caller).
 */
@Entity
@Table(name = "clusters")
// one array parameter: the ids to keep can be more than a statement may have parameters
@NamedNativeQuery(
        name = "Cluster.deleteAllExcept",
        query = "DELETE FROM clusters WHERE NOT (id = ANY (CAST(?1 AS " + "text[])))")
public class ClusterEntity {

    @Id
    public String id;

    @Column(nullable = false)
    public String label;

    @Column(name = "label_recommendation_id")
    public UUID labelRecommendationId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> keywords;

    @Column(name = "member_count", nullable = false)
    public int memberCount;

    @Column(name = "document_count", nullable = false)
    public int documentCount;

    @Column(name = "publisher_count", nullable = false)
    public int publisherCount;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
