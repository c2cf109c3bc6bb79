package io.policylens.documents.contract;

import jakarta.validation.groups.Default;

/**
 * The text the extract endpoints take (claims- and recommendations-service, and the gateway, which validates their
 * request bodies at the edge): one limit for all of them.
 */
public final class ExtractText {

    /**
     * At most this many characters: the gateway's {@code @Size}, the services' documented {@code maxLength}, and the
     * default of {@code policylens.extract.max-chars} (EXTRACT_MAX_CHARS), which the services check after decoding.
     */
    public static final int MAX_CHARS = 200_000;

    /**
     * The validation group of the gateway's edge check: the default constraints and a {@code @Size} at
     * {@link #MAX_CHARS}, so an over-long text costs no downstream call. The services validate the default group only
     * and check their configurable limit after decoding (413 text-too-long).
     */
    public interface AtTheEdge extends Default {
    }

    private ExtractText() {
    }
}
