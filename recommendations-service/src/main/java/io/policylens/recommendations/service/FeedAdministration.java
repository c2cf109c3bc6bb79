package io.policylens.recommendations.service;

import io.policylens.documents.client.feed.FeedFollower;
import io.policylens.documents.client.feed.FeedStatus;
import io.policylens.recommendations.feed.ClusteringJob;
import io.policylens.recommendations.feed.ClusteringStatus;
import io.policylens.recommendations.repository.ProcessedDocumentRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Re-extraction, feed progress and clustering progress for administrators. */
@ApplicationScoped
public class FeedAdministration {

    @Inject
    FeedFollower feed;

    @Inject
    ProcessedDocumentRepository processed;

    @Inject
    ClusteringJob clustering;

    /**
     * Replays the feed from the start. Without force, documents already extracted with the current
     * extractor versions are skipped (the usual case after an upgrade); with force the processed markers
     * are dropped first, so every live document is extracted again. Ids are stable, so tracking state stays.
     */
    public FeedStatus reextract(boolean force) {
        if (force) {
            QuarkusTransaction.requiringNew().run(() -> processed.removeAll());
        }
        feed.rewind();
        return feed.status();
    }

    public FeedStatus status() {
        return feed.status();
    }

    public ClusteringStatus clustering() {
        return clustering.status();
    }
}
