package io.policylens.documents.client.sync;

import io.policylens.documents.contract.RemoteChange;

import java.util.Optional;
import java.util.UUID;

/**
 * What an extraction service does with a change. Implementations bring the service's data in line with
 * the document's CURRENT state (fetched from documents-service), not with the event's payload, so that
 * replaying the topic, skipping superseded revisions or re-extracting all converge to the
 * same result. They must be idempotent per (document, revision, extractor version).
 */
public interface DocumentSynchroniser {

    /** Names the service's consumer ({@code claims}): its metrics and its rows in {@code stream_positions}. */
    String consumerName();

    /** Runs outside any transaction (remote calls, extraction) and returns the writes to commit. */
    SyncWork prepare(RemoteChange change);

    /**
     * Like {@link #prepare}, but without extraction: the document is gone (remove its items), only its metadata changed
     * (rewrite it), or its content changed or was never extracted (narrow the items held to the current owner and
     * visibility, see {@link DocumentScope#narrowest}, and record that scope and its revision in the marker, apart from
     * the processed content revision, so the regular path still extracts the new content and never writes a wider
     * scope). The stream's fast path uses it so that deletions and visibility changes never wait behind extraction.
     */
    SyncWork prepareWithoutExtraction(RemoteChange change);

    /**
     * Forgets the processed markers of live documents, so a replay re-extracts every one of them (forced
     * re-extraction); runs in the caller's transaction and returns how many were forgotten.
     */
    long forgetProcessed();

    /** The service's processed marker of the document, if it has one. */
    Optional<ProcessingMarker> marker(UUID documentId);
}
