package io.policylens.claims.support;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Arms {@link CrashingSynchroniser}: the next commit for this document writes its claims, then fails. */
@ApplicationScoped
public class CrashSwitch {

    private volatile UUID crashAfterWriting;
    private volatile UUID errorOn;

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
    }

    boolean armedFor(UUID documentId) {
        return documentId.equals(crashAfterWriting);
    }
}
