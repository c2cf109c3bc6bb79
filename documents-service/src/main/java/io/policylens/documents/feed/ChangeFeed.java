package io.policylens.documents.feed;

import io.policylens.common.jdbc.Rows;
import io.policylens.common.jdbc.Sql;
import io.policylens.documents.repository.DocumentEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.util.List;
import java.util.Locale;

/**
 * The ordered change feed consumers (claims-service, recommendations-service) follow with a cursor.
 *
 * <p>The classic trap: a sequence value is taken when a row is inserted but becomes visible only at
 * commit, so transaction A can take seq 7, transaction B seq 8, B commits first and a consumer that
 * reads 8 and moves its cursor past 7 never sees A's event. Here seq is taken while holding a
 * transaction-scoped advisory lock that PostgreSQL releases only after commit: appends are
 * serialised in commit order, so whenever seq N is visible every smaller seq is visible too. The
 * lock is taken as the last statement of the writing transaction (after the document rows are
 * written) to keep the serialised section short.
 */
@ApplicationScoped
public class ChangeFeed {

    /** Arbitrary constant naming the advisory lock of this feed. */
    static final long FEED_LOCK = 0x504C_4645_4544L; // "PLFEED"

    private final Sql sql;

    @Inject
    public ChangeFeed(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    /** Appends an event in the caller's transaction; the event is visible when that transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long append(DocumentEntity document, ChangeKind kind) {
        sql.execute("SELECT pg_advisory_xact_lock(?)", FEED_LOCK);
        return sql.longValue("INSERT INTO document_changes (seq, document_id, revision, kind, owner_org, visibility) "
                        + "VALUES (nextval('document_changes_seq'), ?, ?, ?, ?, ?) RETURNING seq",
                document.id, document.revision, kind.label(), document.ownerOrg, document.visibility);
    }

    @Transactional
    public ChangeFeedPage after(long cursor, int limit) {
        List<ChangeEvent> rows = sql.list("SELECT seq, document_id, revision, kind, owner_org, visibility, occurred_at "
                        + "FROM document_changes WHERE seq > ? ORDER BY seq LIMIT ?",
                row -> new ChangeEvent(row.getLong("seq"), Rows.uuid(row, "document_id"), row.getInt("revision"),
                        ChangeKind.valueOf(row.getString("kind").toUpperCase(Locale.ROOT)), row.getString("owner_org"),
                        row.getString("visibility"), Rows.offsetDateTime(row, "occurred_at")),
                cursor, limit + 1);
        List<ChangeEvent> events = rows.subList(0, Math.min(rows.size(), limit));
        long next = events.isEmpty() ? cursor : events.get(events.size() - 1).seq();
        return new ChangeFeedPage(List.copyOf(events), next, rows.size() > limit, Math.max(head(), next));
    }

    /** The newest committed seq (0 for an empty feed). */
    @Transactional
    public long head() {
        return sql.longValue("SELECT coalesce(max(seq), 0) FROM document_changes");
    }
}
