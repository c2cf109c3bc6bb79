package io.policylens.documents.analysis;

import io.policylens.documents.annotation.TopicScore;
import io.policylens.documents.text.Block;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of the text pipeline for one document.
 *
 * @param text      normalised text; every offset below points into it
 * @param title     the first heading when the document has one (used when no title was given)
 * @param blocks    headings, paragraphs and list items
 * @param sentences sentences with their annotations, in document order
 * @param topics    document-level topic scores, best first
 * @param entities  document-level entity mention counts by canonical id, in order of first mention
 */
public record AnalysedDocument(String text, String title, List<Block> blocks, List<AnnotatedSentence> sentences,
                               List<TopicScore> topics, Map<String, Integer> entities) {

    public AnalysedDocument {
        blocks = List.copyOf(blocks);
        sentences = List.copyOf(sentences);
        topics = List.copyOf(topics);
        // first-mention order, the same on every run (Map.copyOf would iterate in a random order)
        entities = Collections.unmodifiableMap(new LinkedHashMap<>(entities));
    }

    /**
     * A document rebuilt from its sentences alone (as documents-service's snapshots carry them): the text has each
     * sentence at its offsets and blanks in between, so every offset still points to the same character. The
     * extractors read only the sentences (text, offsets, block, section, annotations).
     */
    public static AnalysedDocument fromSentences(List<AnnotatedSentence> sentences) {
        int length = sentences.stream().mapToInt(s -> s.sentence().end()).max().orElse(0);
        char[] text = new char[length];
        java.util.Arrays.fill(text, ' ');
        Map<String, Integer> entities = new LinkedHashMap<>();
        for (AnnotatedSentence annotated : sentences) {
            io.policylens.documents.sentences.Sentence s = annotated.sentence();
            s.text().getChars(0, Math.min(s.text().length(), s.end() - s.start()), text, s.start());
            annotated.entities().forEach(e -> entities.merge(e.entityId(), 1, Integer::sum));
        }
        return new AnalysedDocument(new String(text), null, List.of(), sentences, List.of(), entities);
    }
}
