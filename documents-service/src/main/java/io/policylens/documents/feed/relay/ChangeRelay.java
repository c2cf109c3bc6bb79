package io.policylens.documents.feed.relay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.policylens.documents.feed.ChangeEvent;
import io.policylens.documents.feed.ChangeFeed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The transactional outbox's relay: publishes the next batch of committed changes (document_changes, in seq order,
 * which is commit order) to the change topic, keyed by document id, and advances its cursor in the same transaction
 * that locked it, only after Kafka acknowledged every record. A failure rolls the cursor back, so the batch is sent
 * again: delivery is at least once (consumers apply a change idempotently by document revision), never lossy.
 */
@ApplicationScoped
public class ChangeRelay {

    /** No batch was relayed because another relay holds the cursor. */
    public static final int CURSOR_BUSY = -1;

    @Inject
    ChangeFeed feed;

    @Inject
    RelayCursors cursors;

    @Inject
    ChangeRelayConfig config;

    @Inject
    ObjectMapper json;

    /** Relays one batch; returns how many changes were published, or {@link #CURSOR_BUSY}. */
    public int relayBatch(Producer<String, String> producer) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            OptionalLong cursor = cursors.lock(config.cursor());
                            if (cursor.isEmpty()) {
                                return CURSOR_BUSY;
                            }
                            List<ChangeEvent> events =
                                    feed.after(cursor.getAsLong(), config.batchSize()).events();
                            if (events.isEmpty()) {
                                return 0;
                            }
                            List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
                            for (ChangeEvent event : events) {
                                acks.add(
                                        producer.send(
                                                new ProducerRecord<>(
                                                        config.topic(),
                                                        event.documentId().toString(),
                                                        render(event))));
                            }
                            producer.flush();
                            for (Future<RecordMetadata> ack : acks) {
                                ack.get(30, TimeUnit.SECONDS);
                            }
                            cursors.advance(config.cursor(), events.get(events.size() - 1).seq());
                            return events.size();
                        });
    }

    /** The same JSON as an entry of the HTTP change feed ({@code GET /documents/changes}). */
    String render(ChangeEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
