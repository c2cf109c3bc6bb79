package io.policylens.claims.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * The answer of POST /claims/extract: claims found in submitted text, nothing stored. Offsets point into
 * {@code text}, the normalised text.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteExtraction(String extractorVersion, String pipelineVersion, int sentences, String text,
                               List<Claim> claims) {

    /** A claim found in the text: a stored claim's structure without identity, document or review. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Claim(int start, int end, String text, String type, double score, boolean hedged, List<String> hedges,
                        List<RemoteClaim.Quantity> quantities, List<String> entities, List<String> topics,
                        RemoteClaim.Source citedSource, String section, int sentenceIndex) {
    }
}
