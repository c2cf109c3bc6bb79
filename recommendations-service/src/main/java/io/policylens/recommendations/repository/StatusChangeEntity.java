package io.policylens.recommendations.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One step of a recommendation's tracking history (table recommendation_status_history). Rows are only ever added. */
@Entity
@Table(name = "recommendation_status_history")
@Immutable
public class StatusChangeEntity {

    @Id
    public UUID id;

    @Column(name = "recommendation_id", nullable = false)
    public UUID recommendationId;

    @Column(name = "from_status", nullable = false)
    public String fromStatus;

    @Column(nullable = false)
    public String status;

    public String note;

    @Column(nullable = false)
    public String actor;

    /** The organisation the actor acted for; null for changes recorded before it was kept. */
    @Column(name = "actor_org")
    public String actorOrg;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Column(nullable = false)
    public OffsetDateTime at;
}
