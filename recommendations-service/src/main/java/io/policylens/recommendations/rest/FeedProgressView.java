package io.policylens.recommendations.rest;

import io.policylens.documents.client.stream.FeedStatus;
import io.policylens.documents.client.stream.PartitionLag;
import io.policylens.documents.client.stream.Reextraction;
import io.policylens.recommendations.clustering.ClusteringStatus;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Instant;
import java.util.List;

/**
 * GET /recommendations/admin/feed: the change consumer's status (the fields of documents-client's
 * FeedStatus, unchanged) and, since clusters are computed in the background, how far behind they
 * are.
 */
@RegisterForReflection
public record FeedProgressView(
        String consumer,
        long cursor,
        long head,
        long lag,
        long applied,
        Instant lastPoll,
        String lastError,
        List<PartitionLag> partitions,
        Long fastPathLag,
        Reextraction reextraction,
        ClusteringStatus clustering) {

    static FeedProgressView of(FeedStatus feed, ClusteringStatus clustering) {
        return new FeedProgressView(
                feed.consumer(),
                feed.cursor(),
                feed.head(),
                feed.lag(),
                feed.applied(),
                feed.lastPoll(),
                feed.lastError(),
                feed.partitions(),
                feed.fastPathLag(),
                feed.reextraction(),
                clustering);
    }
}
