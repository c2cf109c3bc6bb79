package io.policylens.claims.repository;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.policylens.common.jdbc.Jsonb;
import io.policylens.common.jdbc.Rows;
import io.policylens.common.jdbc.Sql;
import io.policylens.common.security.Caller;
import io.policylens.common.security.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads and writes claims with plain SQL: listing needs PostgreSQL features (array containment, full-text
 * search, the join with review states) anyway, and writes are explicit upserts and deletes.
 */
@ApplicationScoped
public class ClaimRepository {

    /** Every stored column but the generated {@code search}, in the order {@link #upsert} binds them. */
    private static final List<String> COLUMNS = List.of("id", "document_id", "span_start", "span_end", "sentence_index",
            "text", "type", "score", "hedged", "hedges", "quantities", "measure_words", "entities", "topics",
            "cited_source", "cited_source_cue", "section", "owner_org", "visibility", "document_title",
            "document_publisher", "document_published_date", "document_url", "document_revision", "extractor_version",
            "extracted_at", "updated_at");
    /** Qualified: claim_review_states, joined for filtering, has a document_id column too. */
    private static final String SELECT = "SELECT " + COLUMNS.stream().map(c -> "c." + c).collect(Collectors.joining(", "));
    private static final String FROM = " FROM claims c LEFT JOIN claim_review_states r ON r.claim_id = c.id WHERE ";
    /**
     * A re-extracted claim keeps its row's extracted_at (ClaimMapper keeps the loaded value anyway); everything
     * else is overwritten, as a full update of the loaded row did.
     */
    private static final String UPSERT = "INSERT INTO claims (" + String.join(", ", COLUMNS) + ") VALUES ("
            + COLUMNS.stream().map(c -> "?").collect(Collectors.joining(", ")) + ") ON CONFLICT (id) DO UPDATE SET "
            + COLUMNS.stream().filter(c -> !c.equals("id") && !c.equals("extracted_at"))
            .map(c -> c + " = excluded." + c).collect(Collectors.joining(", "));

    private final Sql sql;
    /**
     * The service's mapper: for these records (no dates) it writes the JSON Hibernate's own mapper wrote, so rows
     * stored before the change stay readable.
     */
    private final ObjectMapper json;
    private final JavaType quantitiesType;

    @Inject
    public ClaimRepository(DataSource dataSource, ObjectMapper json) {
        this.sql = new Sql(dataSource);
        this.json = json;
        this.quantitiesType = json.getTypeFactory().constructCollectionType(List.class, StoredQuantity.class);
    }

    /** The claim if it exists and the caller may see it; another partner's private claim looks missing. */
    public Optional<ClaimEntity> findVisible(UUID id, Caller caller) {
        return sql.first(SELECT + " FROM claims c WHERE c.id = ?", this::claim, id)
                .filter(c -> caller.canSee(c.ownerOrg, Visibility.parse(c.visibility)));
    }

    public List<ClaimEntity> forDocument(UUID documentId) {
        return sql.list(SELECT + " FROM claims c WHERE c.document_id = ?", this::claim, documentId);
    }

    public List<ClaimEntity> list(Caller caller, ClaimFilter filter, int page, int size) {
        ScopedClaimQuery scoped = new ScopedClaimQuery(caller).filter(filter);
        // one document reads best in text order; across documents the most check-worthy come first
        String order = filter.documentId() != null ? "c.span_start, c.id" : "c.score DESC, c.id";
        return sql.list(SELECT + FROM + scoped.where() + " ORDER BY " + order
                + " LIMIT " + size + " OFFSET " + ((long) page * size), this::claim, scoped.parameters().toArray());
    }

    public long count(Caller caller, ClaimFilter filter) {
        ScopedClaimQuery scoped = new ScopedClaimQuery(caller).filter(filter);
        return sql.longValue("SELECT count(*)" + FROM + scoped.where(), scoped.parameters().toArray());
    }

    /**
     * Claims of other documents the caller may see that could match {@code claim}: they share an entity,
     * or, when the claim names none, they name none either and share a measure word (the matcher's own
     * entity rule). Best scores first, at most {@code limit}.
     */
    public List<ClaimEntity> matchCandidates(ClaimEntity claim, Caller caller, int limit) {
        ScopedClaimQuery scoped = new ScopedClaimQuery(caller).and("c.document_id <> ?", claim.documentId);
        if (!claim.entities.isEmpty()) {
            scoped.and("c.entities && ?", claim.entities); // a collection binds as text[]
        } else if (!claim.measureWords.isEmpty()) {
            scoped.and("cardinality(c.entities) = 0 AND c.measure_words && ?", claim.measureWords);
        } else {
            return List.of();
        }
        return sql.list(SELECT + FROM + scoped.where() + " ORDER BY c.score DESC, c.id LIMIT " + limit, this::claim,
                scoped.parameters().toArray());
    }

    /** Inserts new claims and overwrites existing ones (by id), one batch. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void upsert(Collection<ClaimEntity> claims) {
        List<Object[]> rows = new ArrayList<>(claims.size());
        for (ClaimEntity c : claims) {
            rows.add(new Object[]{c.id, c.documentId, c.spanStart, c.spanEnd, c.sentenceIndex, c.text, c.type, c.score,
                    c.hedged, c.hedges, Jsonb.of(json, c.quantities == null ? List.of() : c.quantities), c.measureWords,
                    c.entities, c.topics, c.citedSource, c.citedSourceCue, c.section, c.ownerOrg, c.visibility,
                    c.documentTitle, c.documentPublisher, c.documentPublishedDate, c.documentUrl, c.documentRevision,
                    c.extractorVersion, c.extractedAt, c.updatedAt});
        }
        sql.batch(UPSERT, rows);
    }

    /**
     * Writes the scoping and display fields ClaimMapper.applyDocument sets to all claims of the document; no
     * statement at all when it has none, as before (a statement would move the data version for nothing).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void updateDocumentFields(UUID documentId, ClaimEntity fields) {
        if (sql.first("SELECT 1 FROM claims WHERE document_id = ? LIMIT 1", row -> true, documentId).isEmpty()) {
            return;
        }
        sql.update("UPDATE claims SET owner_org = ?, visibility = ?, document_title = ?, document_publisher = ?, "
                        + "document_published_date = ?, document_url = ?, document_revision = ?, updated_at = ? "
                        + "WHERE document_id = ?",
                fields.ownerOrg, fields.visibility, fields.documentTitle, fields.documentPublisher,
                fields.documentPublishedDate, fields.documentUrl, fields.documentRevision, fields.updatedAt, documentId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long deleteByDocument(UUID documentId) {
        return sql.update("DELETE FROM claims WHERE document_id = ?", documentId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long deleteByIds(Collection<UUID> ids) {
        // the collection is bound as text[]
        return ids.isEmpty() ? 0 : sql.update("DELETE FROM claims WHERE id = ANY(?::uuid[])", ids);
    }

    private ClaimEntity claim(ResultSet row) throws SQLException {
        ClaimEntity c = new ClaimEntity();
        c.id = Rows.uuid(row, "id");
        c.documentId = Rows.uuid(row, "document_id");
        c.spanStart = row.getInt("span_start");
        c.spanEnd = row.getInt("span_end");
        c.sentenceIndex = row.getInt("sentence_index");
        c.text = row.getString("text");
        c.type = row.getString("type");
        c.score = row.getDouble("score");
        c.hedged = row.getBoolean("hedged");
        c.hedges = Rows.strings(row, "hedges");
        c.quantities = Jsonb.read(json, row.getString("quantities"), quantitiesType);
        c.measureWords = Rows.strings(row, "measure_words");
        c.entities = Rows.strings(row, "entities");
        c.topics = Rows.strings(row, "topics");
        c.citedSource = row.getString("cited_source");
        c.citedSourceCue = row.getString("cited_source_cue");
        c.section = row.getString("section");
        c.ownerOrg = row.getString("owner_org");
        c.visibility = row.getString("visibility");
        c.documentTitle = row.getString("document_title");
        c.documentPublisher = row.getString("document_publisher");
        c.documentPublishedDate = Rows.localDate(row, "document_published_date");
        c.documentUrl = row.getString("document_url");
        c.documentRevision = row.getInt("document_revision");
        c.extractorVersion = row.getString("extractor_version");
        c.extractedAt = Rows.offsetDateTime(row, "extracted_at");
        c.updatedAt = Rows.offsetDateTime(row, "updated_at");
        return c;
    }
}
