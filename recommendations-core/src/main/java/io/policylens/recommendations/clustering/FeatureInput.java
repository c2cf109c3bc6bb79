package io.policylens.recommendations.clustering;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The part of a member its features depend on, and the clusterer's cache key: it holds neither the member's key,
 * document nor (when an action was extracted) its sentence, so remembering it costs a fraction of the member, and
 * members that differ only in those share one entry.
 *
 * @param action the action, or the sentence when no action was extracted
 */
record FeatureInput(String action, List<String> forums, List<String> topics, String actor) {

    static FeatureInput of(ClusterMember member) {
        return of(member, UnaryOperator.identity());
    }

    /** @param canonical the one instance kept per topic, forum and actor name (small vocabularies, many members) */
    static FeatureInput of(ClusterMember member, UnaryOperator<String> canonical) {
        String action = member.action() == null ? member.text() : member.action();
        return new FeatureInput(action, member.forums().stream().map(canonical).toList(),
                member.topics().stream().map(canonical).toList(),
                member.actor() == null ? null : canonical.apply(member.actor()));
    }
}
