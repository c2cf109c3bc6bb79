package io.policylens.documents.client.feed;

/** The database writes for one change, committed together with the processed marker. */
@FunctionalInterface
public interface SyncWork {

    SyncWork NOTHING = () -> { };

    void commit();
}
