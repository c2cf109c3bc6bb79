package io.policylens.documents.client.stream;

/** The two Reactive Messaging channels that read the change topic (configured in the kit's microprofile-config). */
public final class StreamChannels {

    /** Every change, in the service's consumer group: extraction, dead letters after retries. */
    public static final String CHANGES = "document-changes";

    /**
     * Every change again, in a second group: deletions and visibility changes, applied without waiting for extraction.
     */
    public static final String SCOPE = "document-scope";

    private StreamChannels() {
    }
}
