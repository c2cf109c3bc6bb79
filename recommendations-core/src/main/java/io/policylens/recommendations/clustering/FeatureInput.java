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

    /** The member's own (immutable) lists: cheap enough to build for every cache lookup. */
    static FeatureInput of(ClusterMember member) {
        return new FeatureInput(member.action() == null ? member.text() : member.action(), member.forums(),
                member.topics(), member.actor());
    }

    /**
     * An equal input whose topic, forum and actor names are the instances {@code canonical} keeps (small
     * vocabularies, many members): what the cache stores.
     */
    FeatureInput canonical(UnaryOperator<String> canonical) {
        return new FeatureInput(action, forums.stream().map(canonical).toList(),
                topics.stream().map(canonical).toList(),
                actor == null ? null : canonical.apply(actor));
    }
}
