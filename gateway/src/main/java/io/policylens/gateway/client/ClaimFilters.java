package io.policylens.gateway.client;

/** Paging and filters forwarded to claims-service's GET /claims; null filters are not sent. */
public record ClaimFilters(int page, int size, String document, String type, String topic, String entity,
                           String minScore, String status, String q) {
}
