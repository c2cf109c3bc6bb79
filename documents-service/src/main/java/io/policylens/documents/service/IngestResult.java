package io.policylens.documents.service;

import io.policylens.documents.repository.DocumentEntity;

/** The stored document and whether this request created it (false: same content was already there). */
public record IngestResult(DocumentEntity document, boolean created) {
}
