package io.policylens.claims.service;

import io.policylens.claims.repository.ProcessedDocumentRepository;
import io.policylens.documents.client.feed.FeedFollower;
import io.policylens.documents.client.feed.FeedStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Re-extraction and feed progress for administrators. */
@ApplicationScoped
public class FeedAdministration {

    private static final Logger LOG = Logger.getLogger(FeedAdministration.class);

    @Inject
    FeedFollower follower;

    @Inject
    ProcessedDocumentRepository markers;

    /**
     * Replays the whole feed. Documents processed with another extractor version are re-extracted; with
     * {@code force}, every live document is, even when the version did not change (a model retrained
     * without a version bump). Markers are forgotten BEFORE the cursor moves to 0: the other order would
     * let a poll in between skip documents as already processed.
     */
    public FeedStatus reextract(boolean force, String requestedBy) {
        if (force) {
            long forgotten = QuarkusTransaction.requiringNew().call(markers::forgetLive);
            LOG.infof("re-extraction forced by %s: %d processed markers forgotten", requestedBy, forgotten);
        }
        follower.rewind();
        LOG.infof("change feed rewound to 0 by %s", requestedBy);
        return follower.status();
    }

    public FeedStatus status() {
        return follower.status();
    }
}
