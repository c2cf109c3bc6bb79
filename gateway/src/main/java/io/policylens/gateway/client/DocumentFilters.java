package io.policylens.gateway.client;

/** Paging and filters forwarded to documents-service's list and search; null filters are not sent. */
public record DocumentFilters(int page, int size, String topic, String entity, String publisher, String from, String to,
                              String visibility) {
}
