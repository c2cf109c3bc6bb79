package io.policylens.claims.support;

import io.policylens.documents.client.sync.DocumentSynchroniser;
import io.policylens.documents.client.sync.SyncWork;
import io.policylens.documents.contract.RemoteChange;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

/**
 * Test-only decorator of the real synchroniser: when armed for a document, its commit runs the real
 * writes and then throws, like a process dying after the claims were written but before the
 * transaction (with the cursor move) committed; or it throws an Error while preparing, like the
 * OutOfMemoryError that once stopped the consumer for good; or it waits before preparing, like a
 * long extraction. Passes everything through otherwise.
 */
@Decorator
@Priority(10)
public abstract class CrashingSynchroniser implements DocumentSynchroniser {

    @Inject
    @Delegate
    @Any
    DocumentSynchroniser delegate;

    @Inject
    CrashSwitch crashSwitch;

    @Override
    public SyncWork prepare(RemoteChange change) {
        if (crashSwitch.errorArmedFor(change.documentId())) {
            throw new OutOfMemoryError("simulated: Java heap space");
        }
        try {
            crashSwitch.waitIfHeld(change.documentId());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        SyncWork work = delegate.prepare(change);
        if (!crashSwitch.armedFor(change.documentId())) {
            return work;
        }
        return () -> {
            work.commit();
            throw new IllegalStateException(
                    "simulated crash after writing the claims of " + change.documentId());
        };
    }
}
