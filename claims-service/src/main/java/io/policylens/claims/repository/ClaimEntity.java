package io.policylens.claims.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A stored claim (a row of {@code claims}): the extractor's output for one sentence plus the document's
 * scoping and display fields at the revision it was extracted from. Review state lives in
 * {@link ReviewStateEntity}, so rewriting this row on re-extraction never touches it. A plain object:
 * {@link ClaimRepository} reads and writes it with explicit SQL.
 */
public class ClaimEntity {

    /** ClaimIds.of(documentId, spanStart, spanEnd). */
    public UUID id;

    public UUID documentId;

    public int spanStart;

    public int spanEnd;

    public int sentenceIndex;

    public String text;

    /** Lower-case ClaimType label. */
    public String type;

    public double score;

    public boolean hedged;

    public List<String> hedges;

    /** The jsonb column {@code quantities}. */
    public List<StoredQuantity> quantities;

    public List<String> measureWords;

    public List<String> entities;

    public List<String> topics;

    public String citedSource;

    public String citedSourceCue;

    public String section;

    public String ownerOrg;

    /** public | partner */
    public String visibility;

    public String documentTitle;

    public String documentPublisher;

    public LocalDate documentPublishedDate;

    public String documentUrl;

    public int documentRevision;

    public String extractorVersion;

    public OffsetDateTime extractedAt;

    public OffsetDateTime updatedAt;
}
