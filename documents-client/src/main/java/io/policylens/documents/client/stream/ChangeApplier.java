package io.policylens.documents.client.stream;

import io.policylens.documents.client.sync.DocumentSynchroniser;
import io.policylens.documents.client.sync.SyncWork;
import io.policylens.documents.contract.RemoteChange;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Applies one change from the stream with the service's synchroniser: prepare outside any transaction (snapshot over
 * HTTP, extraction), then commit the writes, the processed marker and the newest applied change number in one
 * transaction. No resume point here: the Kafka offset is committed by the connector after this returns.
 */
@ApplicationScoped
public class ChangeApplier {

    @Inject
    DocumentSynchroniser synchroniser;

    @Inject
    StreamPositions positions;

    public void apply(RemoteChange change) {
        SyncWork work = synchroniser.prepare(change);
        QuarkusTransaction.requiringNew().run(() -> {
            work.commit();
            // last, so the row is locked only for the end of the transaction
            positions.advanceTo(synchroniser.consumerName(), change.seq());
        });
    }

    /**
     * Applies the change only if that needs no extraction; see {@link DocumentSynchroniser#prepareWithoutExtraction}.
     */
    public void applyWithoutExtraction(RemoteChange change) {
        SyncWork work = synchroniser.prepareWithoutExtraction(change);
        if (work != SyncWork.NOTHING) {
            QuarkusTransaction.requiringNew().run(work::commit);
        }
    }

    /** The newest change (documents-service's sequence number) the regular path has applied. */
    public long newestApplied() {
        return positions.position(synchroniser.consumerName());
    }
}
