package io.policylens.documents.client.stream;

import io.policylens.documents.client.feed.DocumentSynchroniser;
import io.policylens.documents.client.feed.SyncWork;
import io.policylens.documents.contract.RemoteChange;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Applies one change from the stream with the service's synchroniser: prepare outside any transaction (snapshot over
 * HTTP, extraction), then commit the writes and the processed marker in one transaction. No cursor here: the Kafka
 * offset is committed by the connector after this returns.
 */
@ApplicationScoped
public class ChangeApplier {

    @Inject
    DocumentSynchroniser synchroniser;

    public void apply(RemoteChange change) {
        commit(synchroniser.prepare(change));
    }

    /** Applies the change only if that needs no extraction; see {@link DocumentSynchroniser#prepareWithoutExtraction}. */
    public void applyWithoutExtraction(RemoteChange change) {
        commit(synchroniser.prepareWithoutExtraction(change));
    }

    private static void commit(SyncWork work) {
        if (work != SyncWork.NOTHING) {
            QuarkusTransaction.requiringNew().run(work::commit);
        }
    }
}
