package io.policylens.testing.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.policylens.documents.client.stream.ChangeApplier;
import io.policylens.documents.client.stream.ScopeFastPath;
import io.policylens.documents.client.stream.StreamPositions;
import io.policylens.documents.contract.RemoteChange;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;
import java.util.function.LongFunction;

/**
 * Hands a fake documents-service's changes to the running service's change applier, in order, as the stream consumer
 * would: for the extraction services' tests about extraction, not transport (their StreamConsumerTest covers the
 * broker). Its own row in the service's stream_positions, moved after each applied change, lets a test resume where a
 * failed change stopped it, across test classes that share the database.
 */
public final class ChangeDriver {

    private static final String ROW = "test-driver";
    private static final String TOPIC = "policylens.document-changes";

    private final LongFunction<List<RemoteChange>> changesAfter;

    /** @param changesAfter the fake's changes after a sequence number, oldest first */
    public ChangeDriver(LongFunction<List<RemoteChange>> changesAfter) {
        this.changesAfter = changesAfter;
    }

    /** Applies every change not applied yet; returns how many. A failing change stops it and is thrown. */
    public int drain() {
        ChangeApplier applier = Arc.container().instance(ChangeApplier.class).get();
        int count = 0;
        for (RemoteChange change : changesAfter.apply(position())) {
            applier.apply(change);
            moveTo(change.seq());
            count++;
        }
        return count;
    }

    /** Starts again from the first change: the next drain hands every change to the applier once more (a replay). */
    public void rewind() {
        moveTo(0);
    }

    /** The last change this driver applied. */
    public long position() {
        return positions().position(ROW);
    }

    /**
     * Hands one change to the service's scope fast path as its channel would, as a record of the change topic: for
     * tests that play the fast path and the regular path in a chosen order.
     */
    public static void throughFastPath(RemoteChange change) {
        ObjectMapper json = Arc.container().instance(ObjectMapper.class).get();
        try {
            Arc.container().instance(ScopeFastPath.class).get().consume(new ConsumerRecord<>(
                    TOPIC, 0, change.seq(), change.documentId().toString(), json.writeValueAsString(change)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write change " + change.seq(), e);
        }
    }

    private void moveTo(long seq) {
        QuarkusTransaction.requiringNew().run(() -> positions().moveTo(ROW, seq));
    }

    private static StreamPositions positions() {
        return Arc.container().instance(StreamPositions.class).get();
    }
}
