package io.policylens.documents.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** A document and all its sentences at one revision ({@code GET /documents/{id}/snapshot}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteSnapshot(RemoteDocument document, List<RemoteSentence> sentences) {
}
