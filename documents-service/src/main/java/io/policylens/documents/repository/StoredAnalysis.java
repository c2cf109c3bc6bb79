package io.policylens.documents.repository;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;
import java.util.Map;

/**
 * The structure and annotations of a document as stored in the {@code analysis} jsonb column. Offsets
 * point into the stored normalised text and never change for a stored revision.
 */
@RegisterForReflection(targets = {StoredAnalysis.class, StoredAnalysis.StoredBlock.class,
        StoredAnalysis.StoredSentence.class, StoredAnalysis.StoredEntity.class, StoredAnalysis.StoredTopic.class})
public record StoredAnalysis(List<StoredBlock> blocks, List<StoredSentence> sentences, List<StoredTopic> topics,
                             Map<String, Integer> entities) {

    public record StoredBlock(String kind, int start, int end, int contentStart, int level) {
    }

    public record StoredSentence(int index, int start, int end, int block, String kind, String section,
                                 List<StoredEntity> entities, List<StoredTopic> topics) {
    }

    public record StoredEntity(String id, String name, String type, int start, int end) {
    }

    public record StoredTopic(String topic, double score) {
    }
}
