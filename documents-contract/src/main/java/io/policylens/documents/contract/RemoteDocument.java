package io.policylens.documents.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The document metadata extraction services need: identity, revision, scoping and provenance. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteDocument(UUID id, String title, List<String> authors, String publisher, LocalDate publishedDate,
                             String sourceUrl, String visibility, String ownerOrg, int revision) {
}
