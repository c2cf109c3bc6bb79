package io.policylens.claims.support;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Arms {@link CrashingSynchroniser}: the next commit for this document writes its claims, then
 * fails; or its preparation waits for a release.
 */
@ApplicationScoped
public class CrashSwitch {

    private volatile UUID crashAfterWriting;
    private volatile UUID errorOn;
    private volatile UUID held;
    private volatile CountDownLatch release = new CountDownLatch(0);

    /**
     * Preparing this document (with extraction) waits until {@link #release()}: extraction work
     * that takes its time.
     */
    public void hold(UUID documentId) {
        release = new CountDownLatch(1);
        held = documentId;
    }

    public void release() {
        release.countDown();
    }

    /** Blocks the caller while its document is held; true when it waited. */
    boolean waitIfHeld(UUID documentId) throws InterruptedException {
        if (!documentId.equals(held)) {
            return false;
        }
        return release.await(60, TimeUnit.SECONDS);
    }

    /** The next time this document is prepared, the consumer thread gets an Error, as with an OutOfMemoryError. */
    public void errorOn(UUID documentId) {
        this.errorOn = documentId;
    }

    boolean errorArmedFor(UUID documentId) {
        return documentId.equals(errorOn);
    }

    public void crashAfterWriting(UUID documentId) {
        this.crashAfterWriting = documentId;
    }

    public void off() {
        this.crashAfterWriting = null;
        this.errorOn = null;
        this.held = null;
        release.countDown();
    }

    boolean armedFor(UUID documentId) {
        return documentId.equals(crashAfterWriting);
    }
}
