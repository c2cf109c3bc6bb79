package io.policylens.documents.client.stream;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Keeps a change that fails while the service stops from being dead-lettered. During a stop (a rolling update, a
 * scale-down) the database pool and the HTTP clients close under the consumer, so a failure then says nothing about
 * the change. Holding the record instead of failing it leaves its offset uncommitted: the replica that gets the
 * partition next applies it.
 */
@ApplicationScoped
public class StoppingHold {

    private volatile boolean stopping;

    void onStop(@Observes ShutdownEvent event) {
        stopping();
    }

    /** Marks the service as stopping (what the shutdown event does). */
    public void stopping() {
        stopping = true;
    }

    public boolean isStopping() {
        return stopping;
    }

    /** Returns at once while the service runs; once it stops, never returns (the process ends around it). */
    public void holdIfStopping() {
        while (stopping) {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                // the executor interrupts its threads when it shuts down: keep holding, the process is ending
            }
        }
    }
}
