package io.policylens.documents.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.jpa.HibernateHints;

import java.util.List;

/**
 * Reads and appends entries of the change feed; the ordering rules are {@link
 * io.policylens.documents.feed.ChangeFeed}'s.
 */
@ApplicationScoped
public class DocumentChangeRepository implements PanacheRepositoryBase<DocumentChangeEntity, Long> {

    /**
     * Takes the feed's advisory lock until the end of the transaction (PostgreSQL releases it after the commit), after
     * writing whatever the transaction has pending so that the serialised section is short.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockFeed(long lock) {
        flush();
        getEntityManager()
                .createNamedQuery(DocumentChangeEntity.LOCK_FEED)
                .setParameter("lock", lock)
                .getSingleResult();
    }

    /** Takes the next seq and writes the entry now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(DocumentChangeEntity change) {
        persist(change);
        flush();
    }

    /** At most {@code limit} entries after the cursor, in seq order. */
    public List<DocumentChangeEntity> after(long cursor, int limit) {
        return find("seq > ?1", Sort.by("seq"), cursor)
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .range(0, limit - 1)
                .list();
    }

    /** The newest committed seq (0 for an empty feed). */
    public long head() {
        return getEntityManager()
                .createQuery(
                        "SELECT coalesce(max(c.seq), 0) FROM DocumentChangeEntity c", Long.class)
                .getSingleResult();
    }
}
