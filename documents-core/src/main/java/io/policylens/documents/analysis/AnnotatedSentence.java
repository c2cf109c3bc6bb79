package io.policylens.documents.analysis;

import io.policylens.documents.annotation.EntityMention;
import io.policylens.documents.annotation.TopicScore;
import io.policylens.documents.sentences.Sentence;

import java.util.List;

/** A sentence with the entities mentioned in it and the topics it is about. */
public record AnnotatedSentence(Sentence sentence, List<EntityMention> entities, List<TopicScore> topics) {

    public AnnotatedSentence {
        entities = List.copyOf(entities);
        topics = List.copyOf(topics);
    }

    /** Distinct canonical entity ids, in order of first mention. */
    public List<String> entityIds() {
        return entities.stream().map(EntityMention::entityId).distinct().toList();
    }

    public List<String> topicIds() {
        return topics.stream().map(TopicScore::topic).toList();
    }
}
