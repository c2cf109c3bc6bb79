package io.policylens.documents.client.stream;

import io.policylens.documents.client.feed.DocumentSynchroniser;
import io.policylens.documents.contract.RemoteChange;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Duration;

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

    @Incoming(StreamChannels.SCOPE)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) throws InterruptedException {
        RemoteChange change;
        try {
            change = records.parse(record.value());
        } catch (ChangeRecords.UnreadableChangeException e) {
            return; // the regular path dead-letters it
        }
        if (!ScopeRule.isUrgent(change, synchroniser.marker(change.documentId()))) {
            return;
        }
        try {
            BACKOFF.run(() -> applier.applyWithoutExtraction(change), Backoff.Sleeper.THREAD, (attempt, error) -> { });
            progress.appliedAhead();
        } catch (RuntimeException e) {
            LOG.warnf("fast path could not apply change %d of document %s, the regular path will: %s", change.seq(),
                    change.documentId(), StreamProgress.describe(e));
        }
    }
}
