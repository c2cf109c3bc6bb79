package io.policylens.documents.annotation;

/** A topic of the taxonomy with a score in [0, 1]. */
public record TopicScore(String topic, double score) {
}
