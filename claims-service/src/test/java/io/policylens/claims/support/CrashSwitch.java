package io.policylens.claims.support;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Arms {@link CrashingSynchroniser}: the next commit for this document writes its claims, then fails. */
@ApplicationScoped
public class CrashSwitch {

    private volatile UUID crashAfterWriting;

    public void crashAfterWriting(UUID documentId) {
        this.crashAfterWriting = documentId;
    }

    public void off() {
        this.crashAfterWriting = null;
    }

    boolean armedFor(UUID documentId) {
        return documentId.equals(crashAfterWriting);
    }
}
