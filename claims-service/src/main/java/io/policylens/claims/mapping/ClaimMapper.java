package io.policylens.claims.mapping;

import io.policylens.claims.extraction.ClaimIds;
import io.policylens.claims.extraction.ClaimType;
import io.policylens.claims.extraction.ExtractedClaim;
import io.policylens.claims.extraction.Hedging;
import io.policylens.claims.quantities.Quantity;
import io.policylens.claims.repository.ClaimEntity;
import io.policylens.claims.repository.StoredQuantity;
import io.policylens.claims.sources.CitedSource;
import io.policylens.documents.analysis.AnnotatedSentence;
import io.policylens.documents.client.sync.DocumentFields;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** claims-core results to stored claims and back (the matcher works on claims-core records). */
public final class ClaimMapper {

    /** Words too common to find match candidates with. */
    private static final Set<String> WEAK_WORDS = Set.of("the", "of", "and", "in", "for", "to", "a", "an", "its",
                    "their", "global", "world", "total", "according", "share");

    private ClaimMapper() {
    }

    public static UUID id(UUID documentId, ExtractedClaim claim) {
        return ClaimIds.of(documentId, claim.start(), claim.end());
    }

    /**
     * Writes the extractor's output for one claim into {@code target} (new or existing): everything but
     * identity and review state, which lives elsewhere.
     */
    public static void apply(ClaimEntity target, UUID documentId, ExtractedClaim claim, AnnotatedSentence sentence,
                             DocumentFields document, String extractorVersion, OffsetDateTime now) {
        target.id = id(documentId, claim);
        target.documentId = documentId;
        target.spanStart = claim.start();
        target.spanEnd = claim.end();
        target.sentenceIndex = claim.sentenceIndex();
        target.text = claim.text();
        target.type = claim.type().label();
        // the column has a CHECK constraint; a rounding slip in a model must not stop the feed
        target.score = Math.max(0, Math.min(1, claim.score()));
        target.hedged = claim.hedging().hedged();
        target.hedges = claim.hedging().cues();
        target.quantities = claim.quantities().stream().map(ClaimMapper::stored).toList();
        target.measureWords = measureWords(claim.quantities());
        target.entities = claim.entities();
        target.topics = sentence == null ? List.of() : sentence.topicIds();
        target.citedSource = claim.source().map(CitedSource::name).orElse(null);
        target.citedSourceCue = claim.source().map(CitedSource::cue).orElse(null);
        target.section = sentence == null ? null : sentence.sentence().section();
        target.extractorVersion = extractorVersion;
        if (target.extractedAt == null) {
            target.extractedAt = now;
        }
        target.updatedAt = now;
        applyDocument(target, document, now);
    }

    /** Copies scoping and display fields: all a metadata-only change touches. */
    public static void applyDocument(ClaimEntity target, DocumentFields document, OffsetDateTime now) {
        target.ownerOrg = document.ownerOrg();
        target.visibility = document.visibility();
        target.documentTitle = document.title();
        target.documentPublisher = document.publisher();
        target.documentPublishedDate = document.publishedDate();
        target.documentUrl = document.url();
        target.documentRevision = document.revision();
        target.updatedAt = now;
    }

    /** The stored claim as claims-core sees it, for cross-document matching. */
    public static ExtractedClaim toExtracted(ClaimEntity claim) {
        List<Quantity> quantities = claim.quantities.stream()
                .map(q -> new Quantity(q.value(), q.scale(), q.unit(), q.measured(), q.period(), q.approximate(),
                        q.start(), q.end(), q.surface()))
                .toList();
        Optional<CitedSource> source = Optional.ofNullable(claim.citedSource)
                .map(name -> new CitedSource(name, claim.citedSourceCue, -1, -1));
        return new ExtractedClaim(claim.spanStart, claim.spanEnd, claim.text,
                ClaimType.valueOf(claim.type.toUpperCase(Locale.ROOT)), claim.score, Hedging.of(claim.hedges),
                quantities, claim.entities, source, claim.sentenceIndex);
    }

    public static StoredQuantity stored(Quantity q) {
        return new StoredQuantity(q.value(), q.scale(), q.unit(), q.measured(), q.period(), q.approximate(), q.start(),
                q.end(), q.surface());
    }

    static List<String> measureWords(List<Quantity> quantities) {
        Set<String> words = new LinkedHashSet<>();
        for (Quantity quantity : quantities) {
            if (quantity.measured() == null) {
                continue;
            }
            for (String word :
                    quantity.measured().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.length() > 1 && !WEAK_WORDS.contains(word)) {
                    words.add(word);
                }
            }
        }
        return List.copyOf(words);
    }
}
