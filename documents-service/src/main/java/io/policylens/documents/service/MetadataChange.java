package io.policylens.documents.service;

import io.policylens.common.security.Visibility;

import java.time.LocalDate;
import java.util.List;

/** Metadata fields to change; null leaves a field as it is. */
public record MetadataChange(String title, List<String> authors, String publisher, LocalDate publishedDate,
                             String sourceUrl, String language, Visibility visibility) {

    public boolean isEmpty() {
        return title == null && authors == null && publisher == null && publishedDate == null && sourceUrl == null
                && language == null && visibility == null;
    }
}
