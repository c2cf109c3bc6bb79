package io.policylens.documents.rest;

import io.policylens.documents.repository.DocumentEntity;
import io.policylens.documents.repository.DocumentSummaryRow;
import io.policylens.documents.repository.StoredAnalysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Entity and row to API views. */
final class DocumentMapper {

    private DocumentMapper() {
    }

    static DocumentView view(DocumentEntity d) {
        StoredAnalysis analysis = d.analysis;
        return new DocumentView(d.id, d.title, d.authors, d.publisher, d.publishedDate, d.sourceUrl, d.language,
                d.visibility, d.ownerOrg, d.contentFormat, d.contentHash, d.revision, d.createdAt, d.updatedAt,
                topics(analysis.topics()), analysis.entities(),
                new DocumentView.Stats(d.text.length(), analysis.blocks().size(), analysis.sentences().size(), d.pipelineVersion,
                        sections(analysis.sentences())));
    }

    /** Consecutive runs of sentences under the same heading; a heading that comes back later starts a new section. */
    static List<DocumentView.Section> sections(List<StoredAnalysis.StoredSentence> sentences) {
        List<DocumentView.Section> sections = new ArrayList<>();
        String title = null;
        int count = 0;
        int listItems = 0;
        for (StoredAnalysis.StoredSentence sentence : sentences) {
            if (count > 0 && !Objects.equals(title, sentence.section())) {
                sections.add(new DocumentView.Section(title, count, listItems));
                count = 0;
                listItems = 0;
            }
            title = sentence.section();
            count++;
            if ("list_item".equals(sentence.kind())) {
                listItems++;
            }
        }
        if (count > 0) {
            sections.add(new DocumentView.Section(title, count, listItems));
        }
        return sections;
    }

    static DocumentSummary summary(DocumentSummaryRow r) {
        return new DocumentSummary(r.id(), r.title(), r.authors(), r.publisher(), r.publishedDate(), r.visibility(),
                r.ownerOrg(), r.topics(), r.revision(), r.createdAt(), r.rank(), r.snippet());
    }

    static SentenceView sentence(String text, StoredAnalysis.StoredSentence s) {
        List<SentenceView.EntityView> entities = s.entities().stream()
                .map(e -> new SentenceView.EntityView(e.id(), e.name(), e.type(), e.start(), e.end()))
                .toList();
        return new SentenceView(s.index(), s.start(), s.end(), text.substring(s.start(), s.end()), s.section(), s.block(),
                s.kind(), "list_item".equals(s.kind()), entities, topics(s.topics()));
    }

    private static List<DocumentView.TopicView> topics(List<StoredAnalysis.StoredTopic> topics) {
        return topics.stream().map(t -> new DocumentView.TopicView(t.topic(), t.score())).toList();
    }
}
