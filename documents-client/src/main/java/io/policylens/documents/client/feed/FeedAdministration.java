package io.policylens.documents.client.feed;

import io.policylens.documents.client.stream.FeedProgress;
import io.policylens.documents.client.stream.FeedSource;
import io.policylens.documents.client.stream.StreamReextraction;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Re-extraction and consumer progress for administrators, the same in every extraction service. */
@ApplicationScoped
public class FeedAdministration {

    private static final Logger LOG = Logger.getLogger(FeedAdministration.class);

    @Inject
    FeedFollower follower;

    @Inject
    FeedProgress progress;

    @Inject
    DocumentSynchroniser synchroniser;

    @Inject
    StreamReextraction reextraction;

    /**
     * Re-extracts every document that needs it. HTTP source: replays the whole feed. Kafka source: every replica reads
     * the change topic once more in a group of its own ({@link StreamReextraction}). Documents processed with another extractor version are re-extracted; with
     * {@code force}, every live document is, even when the version did not change (a model retrained without a version
     * bump). Markers are forgotten BEFORE the cursor moves to 0: the other order would let a poll in between skip
     * documents as already processed.
     */
    public FeedStatus reextract(boolean force, String requestedBy) {
        if (force) {
            long forgotten = QuarkusTransaction.requiringNew().call(synchroniser::forgetProcessed);
            LOG.infof("re-extraction forced by %s: %d processed markers forgotten", requestedBy, forgotten);
        }
        if (progress.source() == FeedSource.KAFKA) {
            long generation = reextraction.request();
            LOG.infof("re-extraction %d of the change topic requested by %s", generation, requestedBy);
        } else {
            follower.rewind();
            LOG.infof("change feed rewound to 0 by %s", requestedBy);
        }
        return progress.status();
    }

    public FeedStatus status() {
        return progress.status();
    }
}
