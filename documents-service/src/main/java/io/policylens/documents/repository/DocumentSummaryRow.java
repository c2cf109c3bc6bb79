package io.policylens.documents.repository;

import io.policylens.documents.search.Snippet;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The columns a list or search result needs, read without loading texts or analyses. */
public record DocumentSummaryRow(UUID id, String title, List<String> authors, String publisher, LocalDate publishedDate,
                                 String visibility, String ownerOrg, List<String> topics, int revision,
                                 OffsetDateTime createdAt, Double rank, Snippet snippet) {
}
