package io.policylens.documents.client.stream;

import io.policylens.documents.client.sync.DocumentSynchroniser;
import io.policylens.documents.contract.RemoteChange;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;

/**
 * Reads the change topic a second time, in its own consumer group, and applies deletions and visibility changes at
 * once (no extraction: the synchroniser's metadata path), so they never queue behind extraction work in the regular
 * group. It skips everything else in microseconds. A failure here is only logged: the regular path applies the same
 * change later in order, with retries and dead letters, and the processed markers make the second application a no-op.
 */
@ApplicationScoped
public class ScopeFastPath {

    private static final Logger LOG = Logger.getLogger(ScopeFastPath.class);
    private static final Backoff BACKOFF = new Backoff(3, Duration.ofMillis(100), Duration.ofMillis(400));

    @Inject
    ChangeRecords records;

    @Inject
    ChangeApplier applier;

    @Inject
    DocumentSynchroniser synchroniser;

    @Inject
    StreamProgress progress;

    /**
     * The channel's entry. A creation is never urgent (nothing of the document is held yet), so it is skipped on the
     * connector's thread, without a database read or a hop to a worker thread: a backlog of new documents then costs
     * the fast path microseconds per record, and a deletion behind 1,000 of them is applied within the 2 s the issue
     * asks for. Everything else goes to a worker thread, one record after the other (a Uni-returning method is
     * invoked sequentially, so the order per partition holds).
     */
    @Incoming(StreamChannels.SCOPE)
    public Uni<Void> receive(ConsumerRecord<String, String> record) {
        Optional<RemoteChange> change = readable(record);
        if (change.isEmpty() || change.get().isCreation()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().item(change.get())
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .invoke(this::applyIfUrgent)
                .replaceWithVoid();
    }

    /** One record, on the caller's thread (tests drive the fast path with it). */
    public void consume(ConsumerRecord<String, String> record) {
        readable(record).ifPresent(this::applyIfUrgent);
    }

    private Optional<RemoteChange> readable(ConsumerRecord<String, String> record) {
        try {
            return Optional.of(records.parse(record.value()));
        } catch (ChangeRecords.UnreadableChangeException e) {
            return Optional.empty(); // the regular path dead-letters it
        }
    }

    private void applyIfUrgent(RemoteChange change) {
        if (!ScopeRule.isUrgent(change, synchroniser.marker(change.documentId()))) {
            return;
        }
        try {
            BACKOFF.run(() -> applier.applyWithoutExtraction(change), Backoff.Sleeper.THREAD, (attempt, error) -> { });
            progress.appliedAhead();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warnf("fast path could not apply change %d of document %s, the regular path will: %s", change.seq(),
                    change.documentId(), StreamProgress.describe(e));
        }
    }
}
