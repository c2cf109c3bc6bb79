-- Re-clustering moved out of the feed consumer into a debounced background job (feed.ClusteringJob). The consumer
-- only records that clustering is due, in the same transaction that changes the recommendations and moves the
-- cursor, so a crash can lose neither the change nor the request; the job runs when a burst of changes is over
-- (or has lasted long enough) and records what it covered. One row.
CREATE TABLE clustering_state (
    id               smallint    PRIMARY KEY CHECK (id = 1),
    -- bumped by every change of the clustering input (recommendations added, removed or changed, a publisher changed)
    requested        bigint      NOT NULL,
    -- the value of requested that the last completed re-clustering had seen: clusters are current when equal
    clustered        bigint      NOT NULL,
    -- the oldest change not reflected in the clusters committed no earlier than this (null when clustered = requested)
    pending_since    timestamptz,
    last_request_at  timestamptz,
    clustered_at     timestamptz,
    -- every change-feed position up to here is reflected in the clusters
    clustered_feed_position bigint NOT NULL DEFAULT 0
);

-- one run after the upgrade: harmless when the clusters are current, a repair when they are not
INSERT INTO clustering_state (id, requested, clustered, pending_since, last_request_at) VALUES (1, 1, 0, now(), now());
