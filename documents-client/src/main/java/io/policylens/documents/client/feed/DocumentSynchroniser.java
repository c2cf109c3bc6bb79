package io.policylens.documents.client.feed;

import io.policylens.documents.contract.RemoteChange;

/**
 * What an extraction service does with a change. Implementations bring the service's data in line with
 * the document's CURRENT state (fetched from documents-service), not with the event's payload, so that
 * replaying events, skipping superseded revisions or re-extracting from cursor 0 all converge to the
 * same result. They must be idempotent per (document, revision, extractor version).
 */
public interface DocumentSynchroniser {

    /** Names the cursor row in the service's {@code feed_cursors} table, e.g. {@code claims}. */
    String consumerName();

    /** Runs outside any transaction (remote calls, extraction) and returns the writes to commit. */
    SyncWork prepare(RemoteChange change);
}
