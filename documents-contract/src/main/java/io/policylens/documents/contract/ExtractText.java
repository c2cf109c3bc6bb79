package io.policylens.documents.contract;

/**
 * The text the extract endpoints take (claims- and recommendations-service, and the gateway's edge copies of their
 * requests): one limit for all of them.
 */
public final class ExtractText {

    /**
     * At most this many characters: the gateway's {@code @Size}, the services' documented {@code maxLength}, and the
     * default of {@code policylens.extract.max-chars} (EXTRACT_MAX_CHARS), which the services check after decoding.
     */
    public static final int MAX_CHARS = 200_000;

    private ExtractText() {
    }
}
