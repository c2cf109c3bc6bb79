package io.policylens.documents.mapping;

import io.policylens.documents.analysis.AnalysedDocument;
import io.policylens.documents.analysis.AnnotatedSentence;
import io.policylens.documents.annotation.TopicScore;
import io.policylens.documents.repository.StoredAnalysis;
import io.policylens.documents.repository.StoredAnalysis.StoredBlock;
import io.policylens.documents.repository.StoredAnalysis.StoredEntity;
import io.policylens.documents.repository.StoredAnalysis.StoredSentence;
import io.policylens.documents.repository.StoredAnalysis.StoredTopic;

import java.util.List;
import java.util.Locale;

/** Turns the pipeline's result into its stored form. */
public final class AnalysisMapper {

    private AnalysisMapper() {
    }

    public static StoredAnalysis toStored(AnalysedDocument analysed) {
        List<StoredBlock> blocks = analysed.blocks().stream()
                .map(b -> new StoredBlock(lower(b.kind().name()), b.start(), b.end(), b.contentStart(), b.level()))
                .toList();
        List<StoredSentence> sentences = analysed.sentences().stream().map(AnalysisMapper::sentence).toList();
        return new StoredAnalysis(blocks, sentences, topics(analysed.topics()), analysed.entities());
    }

    private static StoredSentence sentence(AnnotatedSentence annotated) {
        var s = annotated.sentence();
        List<StoredEntity> entities = annotated.entities().stream()
                .map(e -> new StoredEntity(e.entityId(), e.name(), lower(e.type().name()), e.start(), e.end()))
                .toList();
        return new StoredSentence(s.index(), s.start(), s.end(), s.block(), lower(s.blockKind().name()), s.section(),
                entities, topics(annotated.topics()));
    }

    private static List<StoredTopic> topics(List<TopicScore> topics) {
        return topics.stream().map(t -> new StoredTopic(t.topic(), t.score())).toList();
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
