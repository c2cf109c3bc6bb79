package io.policylens.claims.repository;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What the feed consumer last applied for a document (a row of {@code processed_documents}, see V1__claims.sql). */
public class ProcessedDocumentEntity {

    public UUID documentId;

    public int revision;

    public String extractorVersion;

    /** SHA-256 over the sentences and annotations the claims were extracted from. */
    public String fingerprint;

    public boolean deleted;

    public OffsetDateTime processedAt;
}
