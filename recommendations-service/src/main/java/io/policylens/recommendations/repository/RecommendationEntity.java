package io.policylens.recommendations.repository;

import io.policylens.common.jdbc.Rows;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A stored recommendation (table recommendations). Two writers share a row: the feed consumer writes the
 * extraction and document fields, the tracking endpoint the status; each one's UPDATE sets only its own
 * columns ({@link RecommendationRepository}), so neither overwrites the other's concurrent change.
 */
public class RecommendationEntity {

    /** Every column, in the order {@link #of} reads them by name. */
    static final String COLUMNS = "r.id, r.document_id, r.span_start, r.span_end, r.text, r.actor, r.strength, r.action, "
            + "r.topics, r.forums, r.entity_ids, r.section, r.sentence_index, r.negated, r.owner_org, r.visibility, "
            + "r.document_title, r.document_publisher, r.document_date, r.document_revision, r.extractor_version, "
            + "r.cluster_id, r.status, r.status_changed_at, r.created_at, r.updated_at";

    public UUID id;

    public UUID documentId;

    public int start;

    public int end;

    public String text;

    public String actor;

    public String strength;

    public String action;

    public List<String> topics;

    public List<String> forums;

    public List<String> entityIds;

    public String section;

    public int sentenceIndex;

    public boolean negated;

    public String ownerOrg;

    /** public | partner */
    public String visibility;

    public String documentTitle;

    public String documentPublisher;

    public LocalDate documentDate;

    public int documentRevision;

    public String extractorVersion;

    public String clusterId;

    /** proposed | under_consideration | adopted | implemented | rejected */
    public String status;

    public OffsetDateTime statusChangedAt;

    public OffsetDateTime createdAt;

    public OffsetDateTime updatedAt;

    /** A row selected with {@link #COLUMNS}. */
    static RecommendationEntity of(ResultSet row) throws SQLException {
        RecommendationEntity r = new RecommendationEntity();
        r.id = Rows.uuid(row, "id");
        r.documentId = Rows.uuid(row, "document_id");
        r.start = row.getInt("span_start");
        r.end = row.getInt("span_end");
        r.text = row.getString("text");
        r.actor = row.getString("actor");
        r.strength = row.getString("strength");
        r.action = row.getString("action");
        r.topics = Rows.strings(row, "topics");
        r.forums = Rows.strings(row, "forums");
        r.entityIds = Rows.strings(row, "entity_ids");
        r.section = row.getString("section");
        r.sentenceIndex = row.getInt("sentence_index");
        r.negated = row.getBoolean("negated");
        r.ownerOrg = row.getString("owner_org");
        r.visibility = row.getString("visibility");
        r.documentTitle = row.getString("document_title");
        r.documentPublisher = row.getString("document_publisher");
        r.documentDate = Rows.localDate(row, "document_date");
        r.documentRevision = row.getInt("document_revision");
        r.extractorVersion = row.getString("extractor_version");
        r.clusterId = row.getString("cluster_id");
        r.status = row.getString("status");
        r.statusChangedAt = Rows.offsetDateTime(row, "status_changed_at");
        r.createdAt = Rows.offsetDateTime(row, "created_at");
        r.updatedAt = Rows.offsetDateTime(row, "updated_at");
        return r;
    }
}
