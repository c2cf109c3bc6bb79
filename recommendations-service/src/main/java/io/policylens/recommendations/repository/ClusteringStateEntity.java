package io.policylens.recommendations.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * The one row of clustering_state, read and written only through the native statements below: they
 * count with the database's clock and its own values (requested = requested + 1), and read the
 * newest applied change in the same statement. The entity itself serves the row lock ({@link
 * ClusteringStateRepository#lock}).
 */
@Entity
@Table(name = "clustering_state")
@NamedNativeQuery(
        name = "ClusteringState.request",
        query =
                "UPDATE clustering_state SET requested = requested + 1, last_request_at = now(), pending_since = "
                + "coalesce(pending_since, now()) WHERE id = 1")
@NamedNativeQuery(
        name = "ClusteringState.read",
        query =
                "SELECT requested, clustered, pending_since, last_request_at, clustered_at, clustered_feed_position, "
                + "coalesce((SELECT position FROM stream_positions WHERE consumer = ?1), 0) AS feed_position, "
                + "statement_timestamp() AS read_at FROM clustering_state WHERE id = 1")
@NamedNativeQuery(name = "ClusteringState.tryLock", query = "SELECT pg_try_advisory_xact_lock(?1)")
@NamedNativeQuery(
        name = "ClusteringState.complete",
        query =
                "UPDATE clustering_state SET clustered = greatest(clustered, ?1), clustered_feed_position = "
                + "greatest(clustered_feed_position, ?2), clustered_at = clock_timestamp(), pending_since = CASE WHEN "
                + "requested > greatest(clustered, ?1) THEN CAST(?3 AS timestamptz) END WHERE id = 1")
public class ClusteringStateEntity {

    @Id
    public short id;

    @Column(nullable = false)
    public long requested;

    @Column(nullable = false)
    public long clustered;

    @Column(name = "pending_since")
    public OffsetDateTime pendingSince;

    @Column(name = "last_request_at")
    public OffsetDateTime lastRequestAt;

    @Column(name = "clustered_at")
    public OffsetDateTime clusteredAt;

    @Column(name = "clustered_feed_position", nullable = false)
    public long clusteredFeedPosition;
}
