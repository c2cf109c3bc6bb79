package io.policylens.recommendations.feed;

import io.policylens.documents.analysis.AnalysedDocument;
import io.policylens.documents.analysis.AnnotatedSentence;
import io.policylens.documents.sentences.Sentence;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns documents-service's sentences back into what the extractors take. The extractors only read the
 * sentences (text, offsets, block, section, annotations), so the document text is rebuilt from them
 * (sentences at their offsets, blanks in between) instead of fetching {@code /documents/{id}/text}: one
 * call fewer per change, and every offset still points to the same character.
 */
final class SnapshotDocuments {

    private SnapshotDocuments() {
    }

    static AnalysedDocument analysed(List<AnnotatedSentence> sentences) {
        int length = sentences.stream().mapToInt(s -> s.sentence().end()).max().orElse(0);
        char[] text = new char[length];
        Arrays.fill(text, ' ');
        Map<String, Integer> entities = new LinkedHashMap<>();
        for (AnnotatedSentence annotated : sentences) {
            Sentence s = annotated.sentence();
            s.text().getChars(0, Math.min(s.text().length(), s.end() - s.start()), text, s.start());
            annotated.entities().forEach(e -> entities.merge(e.entityId(), 1, Integer::sum));
        }
        return new AnalysedDocument(new String(text), null, List.of(), sentences, List.of(), entities);
    }
}
