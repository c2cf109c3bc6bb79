package io.policylens.recommendations.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** A page of recommendations (GET /recommendations, cluster members). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteRecommendationPage(List<RemoteRecommendation> items, int page, int size, long total) {
}
