package io.policylens.documents.client.stream;

import io.policylens.documents.contract.RemoteChange;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * The service's consumer of the change topic, in its consumer group: replicas split the partitions. Each change is
 * applied by the service's synchroniser; the connector commits its offset only after this method returned (the
 * throttled commit strategy), so delivery is at least once and the processed markers make a re-delivery a no-op. A
 * change that still fails after the retries is thrown out to the connector, which writes it to the service's
 * dead-letter topic with the error and moves on: one poison change does not stop the changes behind it.
 */
@ApplicationScoped
public class ChangeStreamConsumer {

    private static final Logger LOG = Logger.getLogger(ChangeStreamConsumer.class);

    @Inject
    ChangeRecords records;

    @Inject
    ChangeApplier applier;

    @Inject
    StreamProgress progress;

    @Inject
    StoppingHold stoppingHold;

    @ConfigProperty(name = "policylens.feed.retry.attempts", defaultValue = "4")
    int attempts;

    @ConfigProperty(name = "policylens.feed.retry.initial-delay", defaultValue = "500ms")
    Duration initialDelay;

    @ConfigProperty(name = "policylens.feed.retry.max-delay", defaultValue = "5s")
    Duration maxDelay;

    private Backoff backoff;

    @PostConstruct
    void configure() {
        backoff = new Backoff(attempts, initialDelay, maxDelay);
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
                LOG.warnf("change %d of document %s failed (attempt %d of %d), will retry: %s", change.seq(),
                        change.documentId(), attempt, attempts, StreamProgress.describe(error));
            });
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

    private void deadLetter(ConsumerRecord<String, String> record, RuntimeException error) {
        progress.deadLettered(StreamProgress.describe(error));
        LOG.errorf("change at %s-%d offset %d goes to the dead-letter topic: %s", record.topic(), record.partition(),
                record.offset(), StreamProgress.describe(error));
    }
}
