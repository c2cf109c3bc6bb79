package io.policylens.claims.extraction;

import io.policylens.claims.quantities.Quantity;
import io.policylens.claims.sources.CitedSource;

import java.util.List;
import java.util.Optional;

/**
 * A check-worthy factual claim found in a document. Offsets point into the analysed document text
 * (or into the sentence when a bare sentence was extracted).
 *
 * @param start         offset of the sentence's first character
 * @param end           offset just past its last character
 * @param text          the sentence, exactly as in the document
 * @param type          claim type (C7 precedence)
 * @param score         check-worthiness in [0, 1]
 * @param hedging       hedged flag and cue words
 * @param quantities    figures stated in the sentence
 * @param entities      canonical entity ids from the document annotations, in order of first mention
 * @param source        the source the sentence credits, if any
 * @param sentenceIndex index of the sentence in the document, or -1
 */
public record ExtractedClaim(int start, int end, String text, ClaimType type, double score, Hedging hedging,
                             List<Quantity> quantities, List<String> entities, Optional<CitedSource> source,
                             int sentenceIndex) {

    public ExtractedClaim {
        quantities = List.copyOf(quantities);
        entities = List.copyOf(entities);
    }

    /** The short form of the original API sketch. */
    public ExtractedClaim(int start, int end, String text, ClaimType type, double score) {
        this(start, end, text, type, score, Hedging.NONE, List.of(), List.of(), Optional.empty(), -1);
    }
}
