package io.policylens.documents.rest;

import io.policylens.documents.repository.DocumentEntity;
import io.policylens.documents.repository.DocumentMetadataRow;
import io.policylens.documents.repository.DocumentSummaryRow;
import io.policylens.documents.repository.StoredAnalysis;
import io.policylens.documents.repository.StoredSummary;

import java.util.List;

/** Entity and row to API views. */
final class DocumentViews {

    private DocumentViews() {
    }

    static DocumentView view(DocumentEntity d) {
        return view(DocumentMetadataRow.of(d));
    }

    static DocumentView view(DocumentMetadataRow d) {
        StoredSummary summary = d.summary();
        return new DocumentView(d.id(), d.title(), d.authors(), d.publisher(), d.publishedDate(), d.sourceUrl(),
                d.language(), d.visibility(), d.ownerOrg(), d.contentFormat(), d.contentHash(), d.revision(),
                d.createdAt(), d.updatedAt(), topics(summary.topics()), summary.entities(), new DocumentView.Stats(
                        summary.characters(), summary.blocks(), summary.sentences(), d.pipelineVersion(),
                        summary.sections().stream()
                                .map(s ->
                                                new DocumentView.Section(s.title(), s.sentences(), s.listItems()))
                                .toList()));
    }

    static DocumentSummary summary(DocumentSummaryRow r) {
        return new DocumentSummary(r.id(), r.title(), r.authors(), r.publisher(), r.publishedDate(), r.visibility(),
                r.ownerOrg(), r.topics(), r.revision(), r.createdAt(), r.rank(),
                r.snippet() == null ? null : r.snippet().html(), r.snippet() == null ? null : r.snippet().text(),
                r.snippet() == null ? null : r.snippet().highlights());
    }

    static SentenceView sentence(String text, StoredAnalysis.StoredSentence s) {
        List<SentenceView.EntityView> entities = s.entities().stream()
                .map(e -> new SentenceView.EntityView(e.id(), e.name(), e.type(), e.start(), e.end()))
                .toList();
        return new SentenceView(s.index(), s.start(), s.end(), text.substring(s.start(), s.end()), s.section(),
                s.block(), s.kind(), "list_item".equals(s.kind()), entities, topics(s.topics()));
    }

    private static List<DocumentView.TopicView> topics(List<StoredAnalysis.StoredTopic> topics) {
        return topics.stream().map(t -> new DocumentView.TopicView(t.topic(), t.score())).toList();
    }
}
