package io.policylens.recommendations.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** The answer of POST /recommendations/extract: recommendations found in submitted text, nothing stored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteExtraction(String extractorVersion, List<Item> recommendations) {

    /** A recommendation found in the text; offsets point into the normalised text. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(int start, int end, String text, String actor, String strength, String action,
                       List<String> topics, List<String> forums, List<String> entities, String section,
                       int sentenceIndex, boolean negated) {
    }
}
