package io.policylens.recommendations.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** GET /recommendations/clusters/{id}: the cluster and a page of the members the caller may see. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteClusterDetail(RemoteCluster cluster, RemoteRecommendationPage members) {
}
