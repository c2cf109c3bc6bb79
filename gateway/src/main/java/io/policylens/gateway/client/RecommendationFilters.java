package io.policylens.gateway.client;

/** Paging and filters forwarded to recommendations-service's GET /recommendations; null filters are not sent. */
public record RecommendationFilters(int page, int size, String document, String actor, String topic, String strength,
                                    String status, String cluster, String forum, String q) {
}
