package io.policylens.documents.feed;

import io.policylens.documents.repository.DocumentChangeEntity;
import io.policylens.documents.repository.DocumentChangeRepository;
import io.policylens.documents.repository.DocumentEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

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
 * flushed) to keep the serialised section short.
 */
@ApplicationScoped
public class ChangeFeed {

    /** Arbitrary constant naming the advisory lock of this feed. */
    static final long FEED_LOCK = 0x504C_4645_4544L; // "PLFEED"

    @Inject
    DocumentChangeRepository changes;

    /** Appends an event in the caller's transaction; the event is visible when that transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long append(DocumentEntity document, ChangeKind kind) {
        changes.lockFeed(FEED_LOCK);
        DocumentChangeEntity change = new DocumentChangeEntity();
        change.documentId = document.id;
        change.revision = document.revision;
        change.kind = kind.label();
        change.ownerOrg = document.ownerOrg;
        change.visibility = document.visibility;
        changes.append(change);
        return change.seq;
    }

    @Transactional
    public ChangeFeedPage after(long cursor, int limit) {
        List<ChangeEvent> rows =
                changes.after(cursor, limit + 1).stream()
                        .map(
                                c ->
                                        new ChangeEvent(
                                                c.seq,
                                                c.documentId,
                                                c.revision,
                                                ChangeKind.valueOf(c.kind.toUpperCase(Locale.ROOT)),
                                                c.ownerOrg,
                                                c.visibility,
                                                c.occurredAt))
                        .toList();
        List<ChangeEvent> events = rows.subList(0, Math.min(rows.size(), limit));
        long next = events.isEmpty() ? cursor : events.get(events.size() - 1).seq();
        return new ChangeFeedPage(List.copyOf(events), next, rows.size() > limit, Math.max(head(), next));
    }

    /** The newest committed seq (0 for an empty feed). */
    @Transactional
    public long head() {
        return changes.head();
    }
}
