package io.policylens.documents.client.feed;

import io.policylens.common.problem.ProblemException;
import io.policylens.documents.client.stream.FeedProgress;
import io.policylens.documents.client.stream.FeedSource;
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

    /**
     * Replays the whole HTTP feed. Documents processed with another extractor version are re-extracted; with
     * {@code force}, every live document is, even when the version did not change (a model retrained without a version
     * bump). Markers are forgotten BEFORE the cursor moves to 0: the other order would let a poll in between skip
     * documents as already processed.
     */
    public FeedStatus reextract(boolean force, String requestedBy) {
        if (progress.source() == FeedSource.KAFKA) {
            throw new ProblemException(409, "feed-source", "re-extraction rewinds the HTTP change feed; with "
                    + "policylens.feed.source=kafka it is not available yet (see docs/operations.md)");
        }
        if (force) {
            long forgotten = QuarkusTransaction.requiringNew().call(synchroniser::forgetProcessed);
            LOG.infof("re-extraction forced by %s: %d processed markers forgotten", requestedBy, forgotten);
        }
        follower.rewind();
        LOG.infof("change feed rewound to 0 by %s", requestedBy);
        return progress.status();
    }

    public FeedStatus status() {
        return progress.status();
    }
}
