package io.policylens.documents.repository;

import io.policylens.common.security.Visibility;

import java.time.LocalDate;

/** Filters shared by listing and search; null means "any". */
public record DocumentFilter(String topic, String entity, String publisher, LocalDate publishedFrom,
                             LocalDate publishedTo, Visibility visibility) {

    public static DocumentFilter none() {
        return new DocumentFilter(null, null, null, null, null, null);
    }
}
