package io.policylens.documents.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** One page of a document's sentences. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteSentencePage(List<RemoteSentence> items, int page, int size, long total) {
}
