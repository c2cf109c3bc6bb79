package io.policylens.recommendations.repository;

import io.policylens.common.jdbc.Rows;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One step of a recommendation's tracking history (table recommendation_status_history). Rows are only ever added. */
public class StatusChangeEntity {

    static final String COLUMNS = "id, recommendation_id, from_status, status, note, actor, actor_org, effective_date, at";

    public UUID id;

    public UUID recommendationId;

    public String fromStatus;

    public String status;

    public String note;

    public String actor;

    /** The organisation the actor acted for; null for changes recorded before it was kept. */
    public String actorOrg;

    public LocalDate effectiveDate;

    public OffsetDateTime at;

    /** A row selected with {@link #COLUMNS}. */
    static StatusChangeEntity of(ResultSet row) throws SQLException {
        StatusChangeEntity h = new StatusChangeEntity();
        h.id = Rows.uuid(row, "id");
        h.recommendationId = Rows.uuid(row, "recommendation_id");
        h.fromStatus = row.getString("from_status");
        h.status = row.getString("status");
        h.note = row.getString("note");
        h.actor = row.getString("actor");
        h.actorOrg = row.getString("actor_org");
        h.effectiveDate = Rows.localDate(row, "effective_date");
        h.at = Rows.offsetDateTime(row, "at");
        return h;
    }
}
