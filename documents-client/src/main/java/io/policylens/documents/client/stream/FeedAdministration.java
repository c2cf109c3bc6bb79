package io.policylens.documents.client.stream;

import io.policylens.documents.client.sync.DocumentSynchroniser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Re-extraction and consumer progress for administrators, the same in every extraction service. */
@ApplicationScoped
public class FeedAdministration {

    private static final Logger LOG = Logger.getLogger(FeedAdministration.class);

    @Inject
    FeedProgress progress;

    @Inject
    DocumentSynchroniser synchroniser;

    @Inject
    StreamReextraction reextraction;

    /**
     * Re-extracts every document that needs it: every replica reads the change topic once more in a group of its own
     * ({@link StreamReextraction}). Documents processed with another extractor version are re-extracted; with
     * {@code force}, every live document is, even when the version did not change (a model retrained without a version
     * bump). Markers are forgotten BEFORE the re-extraction is requested: the other order would let a replica that
     * joins in between skip documents as already processed.
     */
    public FeedStatus reextract(boolean force, String requestedBy) {
        if (force) {
            long forgotten = QuarkusTransaction.requiringNew().call(synchroniser::forgetProcessed);
            LOG.infof("re-extraction forced by %s: %d processed markers forgotten", requestedBy, forgotten);
        }
        long generation = reextraction.request();
        LOG.infof("re-extraction %d of the change topic requested by %s", generation, requestedBy);
        return progress.status();
    }

    public FeedStatus status() {
        return progress.status();
    }
}
