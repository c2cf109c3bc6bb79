package io.policylens.documents.client.stream;

import io.policylens.common.problem.ProblemException;
import io.policylens.documents.contract.RemoteChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin side of dead letters: list them, and replay one or all. A replay applies the change right here, once,
 * with the service's synchroniser (fetching the document's current state, so a replay long after the failure
 * converges to the document as it is now); the processed markers make replaying an applied change a no-op.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    @Inject
    DeadLetterTopic topic;

    @Inject
    ChangeRecords records;

    @Inject
    ChangeApplier applier;

    /** The newest {@code limit} dead letters, newest first; with {@code pendingOnly}, only those not replayed. */
    public List<DeadLetter> list(int limit, boolean pendingOnly) {
        return topic.all().stream()
                .filter(entry -> !pendingOnly || !entry.replayed())
                .map(entry -> view(entry.record(), entry.replayed()))
                .sorted(Comparator.comparing(DeadLetter::deadLetteredAt).reversed())
                .limit(limit)
                .toList();
    }

    public ReplayReport replay(String id) {
        DeadLetterId parsed = DeadLetterId.parse(id);
        ConsumerRecord<String, String> record = topic.at(parsed.partition(), parsed.offset())
                .orElseThrow(() -> ProblemException.notFound("no dead letter " + id));
        ReplayReport.Result result = apply(record);
        if (result.applied() && topic.mark(parsed.partition()) == parsed.offset()) {
            topic.markReplayed(parsed.partition(), parsed.offset() + 1);
        }
        return ReplayReport.of(List.of(result));
    }

    /**
     * Replays every dead letter not replayed yet, in order per partition. The replay mark of a partition moves past the
     * applied ones up to the first that fails again, so the next replay starts there.
     */
    public ReplayReport replayAll() {
        List<ReplayReport.Result> results = new ArrayList<>();
        Map<Integer, Long> nextMarks = new HashMap<>();
        Map<Integer, Boolean> blocked = new HashMap<>();
        for (DeadLetterTopic.Entry entry : topic.all()) {
            if (entry.replayed()) {
                continue;
            }
            ConsumerRecord<String, String> record = entry.record();
            ReplayReport.Result result = apply(record);
            results.add(result);
            if (!result.applied()) {
                blocked.put(record.partition(), true);
            } else if (!blocked.getOrDefault(record.partition(), false)) {
                nextMarks.put(record.partition(), record.offset() + 1);
            }
        }
        nextMarks.forEach(topic::markReplayed);
        return ReplayReport.of(results);
    }

    private ReplayReport.Result apply(ConsumerRecord<String, String> record) {
        String id = DeadLetterId.of(record);
        try {
            RemoteChange change = records.parse(record.value());
            applier.apply(change);
            LOG.infof("dead letter %s replayed: change %d of document %s applied", id,
                    change.seq(), change.documentId());
            return new ReplayReport.Result(id, true, null);
        } catch (RuntimeException e) {
            LOG.warnf("dead letter %s failed again: %s", id, StreamProgress.describe(e));
            return new ReplayReport.Result(id, false, StreamProgress.describe(e));
        }
    }

    private DeadLetter view(ConsumerRecord<String, String> record, boolean replayed) {
        RemoteChange change;
        try {
            change = records.parse(record.value());
        } catch (RuntimeException e) {
            change = null;
        }
        return new DeadLetter(DeadLetterId.of(record), change == null ? null : change.documentId(),
                change == null ? null : change.revision(), change == null ? null : change.kind(),
                change == null ? null : change.seq(), header(record, "dead-letter-reason"),
                header(record, "dead-letter-exception-class-name"), Instant.ofEpochMilli(record.timestamp()), replayed);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
