package io.policylens.claims.sync;

/**
 * The document's processed marker changed between prepare and commit (another replica or a forced
 * re-extraction got there first). The transaction rolls back and the retry
 * prepares the change again from the new state.
 */
public class ConcurrentSyncException extends RuntimeException {

    public ConcurrentSyncException(String message) {
        super(message);
    }
}
