package io.policylens.documents.client.feed;

/** The database writes for one change, run in the same transaction that advances the cursor. */
@FunctionalInterface
public interface SyncWork {

    SyncWork NOTHING = () -> { };

    void commit();
}
