package io.policylens.documents.client.stream;

import java.util.Locale;

/**
 * Where an extraction service reads document changes from ({@code policylens.feed.source}): documents-service's HTTP
 * change feed, polled with one cursor row, or the Kafka change topic, consumed in one consumer group per service.
 */
public enum FeedSource {
    HTTP, KAFKA;

    public static final String PROPERTY = "policylens.feed.source";

    /** Reads the configured value; anything but {@code kafka} or {@code http} is a configuration error. */
    public static FeedSource parse(String value) {
        return switch (value == null ? "http" : value.trim().toLowerCase(Locale.ROOT)) {
            case "http" -> HTTP;
            case "kafka" -> KAFKA;
            default -> throw new IllegalArgumentException(PROPERTY + " must be kafka or http, not '" + value + "'");
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
