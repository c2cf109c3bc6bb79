package io.policylens.documents.contract;

import io.policylens.documents.analysis.AnnotatedSentence;
import io.policylens.documents.annotation.EntityMention;
import io.policylens.documents.annotation.EntityType;
import io.policylens.documents.annotation.TopicScore;
import io.policylens.documents.sentences.Sentence;
import io.policylens.documents.text.BlockKind;

import java.util.List;
import java.util.Locale;

/**
 * Rebuilds documents-core sentences from documents-service's API form, so extraction services run
 * the extractors on exactly the sentences, offsets and annotations that documents-service stored.
 */
public final class SentenceConversion {

    private SentenceConversion() {
    }

    public static List<AnnotatedSentence> toAnnotated(List<RemoteSentence> sentences) {
        return sentences.stream().map(SentenceConversion::toAnnotated).toList();
    }

    public static AnnotatedSentence toAnnotated(RemoteSentence s) {
        Sentence sentence = new Sentence(s.index(), s.start(), s.end(), s.text(), s.block(), blockKind(s.kind()),
                s.section());
        List<EntityMention> entities = s.entities() == null ? List.of() : s.entities().stream()
                .map(e -> new EntityMention(e.id(), e.name(), entityType(e.type()), e.start(), e.end(),
                        surface(s, e)))
                .toList();
        List<TopicScore> topics = s.topics() == null ? List.of()
                : s.topics().stream().map(t -> new TopicScore(t.topic(), t.score())).toList();
        return new AnnotatedSentence(sentence, entities, topics);
    }

    private static BlockKind blockKind(String kind) {
        return kind == null ? BlockKind.PARAGRAPH : BlockKind.valueOf(kind.toUpperCase(Locale.ROOT));
    }

    private static EntityType entityType(String type) {
        try {
            return EntityType.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            return EntityType.ORGANISATION;
        }
    }

    /** Entity offsets are document offsets; the surface form is the matching slice of the sentence. */
    private static String surface(RemoteSentence s, RemoteSentence.Entity e) {
        int from = e.start() - s.start();
        int to = e.end() - s.start();
        if (from < 0 || to > s.text().length() || from >= to) {
            return e.name();
        }
        return s.text().substring(from, to);
    }
}
