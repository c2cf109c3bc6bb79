package io.policylens.recommendations.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** A page of clusters, most-backed first (GET /recommendations/clusters). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteClusterPage(List<RemoteCluster> items, int page, int size, long total) {
}
