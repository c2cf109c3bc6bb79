package io.policylens.documents.client.sync;

/** The database writes for one change, committed together with the processed marker. */
@FunctionalInterface
public interface SyncWork {

    SyncWork NOTHING = () -> { };

    void commit();
}
