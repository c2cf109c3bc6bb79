package io.policylens.documents.service;

import io.policylens.common.security.Visibility;
import io.policylens.documents.text.ContentFormat;

import java.time.LocalDate;
import java.util.List;

/** A document to ingest, however it arrived (JSON body or file upload). */
public record NewDocument(String content, ContentFormat format, String title, List<String> authors, String publisher,
                          LocalDate publishedDate, String sourceUrl, String language, Visibility visibility) {
}
