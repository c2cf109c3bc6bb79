package io.policylens.documents.client.stream;

import io.policylens.common.resilience.DependencyOutage;
import io.policylens.documents.contract.RemoteChange;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;


/**
 * The service's consumer of the change topic, in its consumer group: replicas split the partitions. Each change is
 * applied by the service's synchroniser; the connector commits its offset only after this method returned (the
 * throttled commit strategy), so delivery is at least once and the processed markers make a re-delivery a no-op. A
 * change that still fails after the retries is thrown out to the connector, which writes it to the service's
 * dead-letter topic with the error and moves on: one poison change does not stop the changes behind it. A failure
 * caused by an outage of a dependency (see {@link DependencyOutage}) is retried for as long as the outage lasts.
 */
@ApplicationScoped
public class ChangeStreamConsumer {

    private static final Logger LOG = Logger.getLogger(ChangeStreamConsumer.class);

    /** While an outage lasts, one line per this many attempts (a minute at the default 5 s pause). */
    private static final int OUTAGE_LOG_EVERY = 12;

    @Inject
    ChangeRecords records;

    @Inject
    ChangeApplier applier;

    @Inject
    StreamProgress progress;

    @Inject
    StoppingHold stoppingHold;

    @Inject
    FeedSettings settings;

    private Backoff backoff;

    @PostConstruct
    void configure() {
        FeedSettings.Retry retry = settings.retry();
        backoff = new Backoff(retry.attempts(), retry.initialDelay(), retry.maxDelay());
    }

    @Incoming(StreamChannels.CHANGES)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) throws InterruptedException {
        RemoteChange change;
        try {
            change = records.parse(record.value());
        } catch (ChangeRecords.UnreadableChangeException e) {
            deadLetter(record, e);
            throw e;
        }
        try {
            backoff.run(() -> applier.apply(change), Backoff.Sleeper.THREAD, (attempt, error) -> {
                progress.retried(StreamProgress.describe(error));
                if (attempt <= settings.retry().attempts() || attempt % OUTAGE_LOG_EVERY == 0) {
                    LOG.warnf("change %d of document %s failed (attempt %d), will retry%s: %s", change.seq(),
                            change.documentId(), attempt,
                            DependencyOutage.causedBy(error) ? " while the dependency is unavailable" : "",
                            StreamProgress.describe(error));
                }
            }, this::waitOut);
        } catch (RuntimeException e) {
            if (stoppingHold.isStopping()) {
                LOG.infof("service stopping: change %d of document %s is left to the partition's next owner (%s)",
                        change.seq(), change.documentId(), StreamProgress.describe(e));
                stoppingHold.holdIfStopping();
            }
            deadLetter(record, e);
            throw e;
        }
        progress.applied();
    }

    /**
     * An outage of the database or of documents-service says nothing about the change: dead-lettering it would set
     * aside every change that arrives during the outage. The consumer waits instead (its partitions wait behind it),
     * unless the service is stopping, when the change is left to the partition's next owner.
     */
    private boolean waitOut(RuntimeException error) {
        return DependencyOutage.causedBy(error) && !stoppingHold.isStopping();
    }

    private void deadLetter(ConsumerRecord<String, String> record, RuntimeException error) {
        progress.deadLettered(StreamProgress.describe(error));
        LOG.errorf("change at %s-%d offset %d goes to the dead-letter topic: %s", record.topic(), record.partition(),
                record.offset(), StreamProgress.describe(error));
    }
}
