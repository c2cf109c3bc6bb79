package io.policylens.claims.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A stored claim as claims-service serves it (GET /claims, GET /claims/{id}, PUT /claims/{id}/review,
 * and the other claim of a match): identity, span in the document text, structure, document and review.
 * Unknown fields are ignored (a tolerant reader): claims-service may add fields without breaking anyone.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteClaim(UUID id, UUID documentId, int start, int end, String text, String type, double score,
                          boolean hedged, List<String> hedges, List<Quantity> quantities, List<String> entities,
                          List<String> topics, Source citedSource, String section, int sentenceIndex,
                          Document document, RemoteReview review, String extractorVersion, OffsetDateTime updatedAt) {

    /** A figure stated in the claim; offsets point into the document text. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Quantity(double value, String scale, String unit, String measured, String period, boolean approximate,
                           int start, int end, String surface) {
    }

    /** The source the claim credits ("according to ..."). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Source(String name, String cue) {
    }

    /** The claim's document, as of the revision the claim reflects. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Document(UUID id, String title, String publisher, LocalDate publishedDate, String url,
                           int revision, String visibility, String ownerOrg) {
    }
}
