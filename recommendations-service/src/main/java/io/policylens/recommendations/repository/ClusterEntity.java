package io.policylens.recommendations.repository;

import io.policylens.common.jdbc.Rows;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A cluster as of the last re-clustering (table clusters); counts are over all partners (the API recounts per caller). */
public class ClusterEntity {

    static final String COLUMNS = "id, label, label_recommendation_id, keywords, member_count, document_count, publisher_count, updated_at";

    public String id;

    public String label;

    public UUID labelRecommendationId;

    public List<String> keywords;

    public int memberCount;

    public int documentCount;

    public int publisherCount;

    public OffsetDateTime updatedAt;

    /** A row selected with {@link #COLUMNS}. */
    static ClusterEntity of(ResultSet row) throws SQLException {
        ClusterEntity c = new ClusterEntity();
        c.id = row.getString("id");
        c.label = row.getString("label");
        c.labelRecommendationId = Rows.uuid(row, "label_recommendation_id");
        c.keywords = Rows.strings(row, "keywords");
        c.memberCount = row.getInt("member_count");
        c.documentCount = row.getInt("document_count");
        c.publisherCount = row.getInt("publisher_count");
        c.updatedAt = Rows.offsetDateTime(row, "updated_at");
        return c;
    }
}
