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
}
