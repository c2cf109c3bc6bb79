package io.policylens.claims.extraction;

import io.policylens.documents.analysis.AnalysedDocument;

import java.util.List;

/** Finds check-worthy factual claims in an analysed document. Placeholder until implemented. */
public final class ClaimExtractor {

    public List<ExtractedClaim> extract(AnalysedDocument document) {
        return List.of();
    }
}
