package io.policylens.documents.analysis;

import io.policylens.documents.annotation.EntityMention;
import io.policylens.documents.annotation.Gazetteer;
import io.policylens.documents.annotation.TopicClassifier;
import io.policylens.documents.annotation.TopicScore;
import io.policylens.documents.sentences.Sentence;
import io.policylens.documents.sentences.SentenceSegmenter;
import io.policylens.documents.text.Block;
import io.policylens.documents.text.BlockKind;
import io.policylens.documents.text.ContentFormat;
import io.policylens.documents.text.StructuredText;
import io.policylens.documents.text.TextNormaliser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole text pipeline, the same in documents-service and in the offline CLI: normalise, remove
 * boilerplate, segment into sentences, annotate entities and topics. Thread-safe.
 */
public final class DocumentAnalyser {

    /** Bumped whenever the pipeline's output can change, so consumers can re-extract. */
    public static final String VERSION = "documents-pipeline/3";

    /** A document-level topic needs this share of sentences, or at least two sentences. */
    private static final double MIN_TOPIC_SHARE = 0.05;

    private final TextNormaliser normaliser = new TextNormaliser();
    private final SentenceSegmenter segmenter = new SentenceSegmenter();
    private final Gazetteer gazetteer;
    private final TopicClassifier topics;

    public DocumentAnalyser() {
        this(Gazetteer.defaults(), TopicClassifier.defaults());
    }

    public DocumentAnalyser(Gazetteer gazetteer, TopicClassifier topics) {
        this.gazetteer = gazetteer;
        this.topics = topics;
    }

    /** Analyses without limits: for offline tools on files the operator chose. Services use the bounded variant. */
    public AnalysedDocument analyse(String content, ContentFormat format) {
        return analyse(content, format, AnalysisLimits.NONE);
    }

    /**
     * Analyses a text, rejecting it with a {@link ContentLimitException} when it is longer or has more markup than
     * the limits allow (both checked before parsing) or has more sentences (checked before any is annotated).
     */
    public AnalysedDocument analyse(String content, ContentFormat format, AnalysisLimits limits) {
        if (content.length() > limits.maxChars()) {
            throw new ContentLimitException(ContentLimitException.Limit.CHARACTERS, limits.maxChars(),
                    "content has " + content.length() + " characters, more than the limit of " + limits.maxChars());
        }
        int markup = TextNormaliser.markupCount(content, format);
        if (markup > limits.maxMarkup()) {
            throw new ContentLimitException(ContentLimitException.Limit.MARKUP, limits.maxMarkup(),
                    "content has " + markup + " tags, markers or lines, more than the limit of " + limits.maxMarkup());
        }
        StructuredText structured = normaliser.normalise(content, format);
        String text = structured.text();
        List<Sentence> sentences = segmenter.segment(structured, limits.maxSentences());
        if (sentences.size() > limits.maxSentences()) {
            throw new ContentLimitException(ContentLimitException.Limit.SENTENCES, limits.maxSentences(),
                    "content has more than " + limits.maxSentences() + " sentences after normalisation (the limit)");
        }
        List<AnnotatedSentence> annotated = new ArrayList<>(sentences.size());
        Map<String, Integer> entityCounts = new LinkedHashMap<>();
        Map<String, Integer> topicSentences = new HashMap<>();
        int prose = 0;
        for (Sentence sentence : sentences) {
            List<EntityMention> mentions = gazetteer.find(text, sentence.start(), sentence.end());
            List<TopicScore> sentenceTopics = topics.classify(text, sentence.start(), sentence.end());
            annotated.add(new AnnotatedSentence(sentence, mentions, sentenceTopics));
            mentions.forEach(m -> entityCounts.merge(m.entityId(), 1, Integer::sum));
            if (!sentence.heading()) {
                prose++;
                sentenceTopics.forEach(t -> topicSentences.merge(t.topic(), 1, Integer::sum));
            }
        }
        return new AnalysedDocument(text, title(structured), structured.blocks(), annotated,
                documentTopics(topicSentences, prose), entityCounts);
    }

    /** Share of prose sentences about each topic, best first; stray single mentions are left out. */
    private static List<TopicScore> documentTopics(Map<String, Integer> topicSentences, int prose) {
        List<TopicScore> result = new ArrayList<>();
        if (prose == 0) {
            return result;
        }
        topicSentences.forEach((topic, count) -> {
            double share = (double) count / prose;
            if (count >= 2 || share >= MIN_TOPIC_SHARE) {
                result.add(new TopicScore(topic, Math.round(share * 1000) / 1000.0));
            }
        });
        result.sort((a, b) -> Double.compare(b.score(), a.score()));
        return result;
    }

    /** The first heading of four words or more among the first blocks, else the first heading. */
    private static String title(StructuredText structured) {
        String first = null;
        List<Block> blocks = structured.blocks();
        for (int i = 0; i < Math.min(6, blocks.size()); i++) {
            Block block = blocks.get(i);
            if (block.kind() != BlockKind.HEADING) {
                continue;
            }
            String heading = block.content(structured.text()).strip();
            if (heading.split("\\s+").length >= 4) {
                return heading;
            }
            if (first == null) {
                first = heading;
            }
        }
        return first;
    }
}
