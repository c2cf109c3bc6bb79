package io.policylens.recommendations.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One step of a recommendation's tracking history. Rows are only ever added. */
@Entity
@Table(name = "recommendation_status_history")
public class StatusChangeEntity extends PanacheEntityBase {

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

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Column(nullable = false)
    public OffsetDateTime at;
}
