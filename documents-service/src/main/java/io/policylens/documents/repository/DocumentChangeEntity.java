package io.policylens.documents.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One entry of the change feed, table {@code document_changes}; never changed once written (no column is updatable).
 * {@link #seq} comes from the sequence {@code document_changes_seq} (one value per call, taken at persist) and
 * {@link #occurredAt} from the column's default, the writing transaction's start, read back after the insert.
 */
@Entity
@Table(name = "document_changes")
// the feed's transaction-scoped advisory lock (ChangeFeed)
@NamedNativeQuery(name = DocumentChangeEntity.LOCK_FEED, query = "SELECT 1 FROM pg_advisory_xact_lock(:lock)")
public class DocumentChangeEntity extends PanacheEntityBase {

    static final String LOCK_FEED = "DocumentChange.lockFeed";

    @Id
    @SequenceGenerator(name = "document_changes_seq", sequenceName = "document_changes_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_changes_seq")
    public Long seq;

    @Column(name = "document_id", nullable = false, updatable = false)
    public UUID documentId;

    @Column(nullable = false, updatable = false)
    public int revision;

    /** created | updated | deleted */
    @Column(nullable = false, updatable = false)
    public String kind;

    @Column(name = "owner_org", nullable = false, updatable = false)
    public String ownerOrg;

    @Column(nullable = false, updatable = false)
    public String visibility;

    @Generated
    @Column(name = "occurred_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime occurredAt;
}
