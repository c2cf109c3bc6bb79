package io.policylens.recommendations.sync;

import io.policylens.recommendations.extraction.ExtractedRecommendation;

import java.util.List;
import java.util.UUID;

/** A recommendation found in a document, under its stable id, with the claims that support it. */
record ExtractedItem(UUID id, ExtractedRecommendation recommendation, List<Evidence> evidence) {

    /** A supporting claim: its claims-service id, its span and text, and why it is linked. */
    record Evidence(UUID claimId, int start, int end, String text, double score, String reason) {
    }
}
