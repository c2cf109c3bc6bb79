package io.policylens.recommendations.evidence;

import io.policylens.recommendations.extraction.ExtractedRecommendation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Links a recommendation to the claims of the same document that support it. A claim supports a
 * proposal when the author puts them together: in the same section or paragraph, about the same
 * parties or topics, a few sentences apart (authors state the facts first and the proposal after).
 * The score is a weighted sum of those signals so that every link can be explained in one line.
 */
public final class EvidenceLinker {

    private static final double SAME_PARAGRAPH = 0.30;
    private static final double SAME_SECTION = 0.20;
    private static final double SHARED_ENTITIES = 0.25;
    private static final double SHARED_TOPICS = 0.25;
    private static final double PROXIMITY = 0.20;
    /** Claims before the proposal get a bonus over claims after it: the usual argument order. */
    private static final double BEFORE_BONUS = 0.05;

    private final double minimumScore;
    private final int maximumLinks;

    public EvidenceLinker() {
        this(0.35, 5);
    }

    public EvidenceLinker(double minimumScore, int maximumLinks) {
        this.minimumScore = minimumScore;
        this.maximumLinks = maximumLinks;
    }

    /**
     * The supporting claims, best first.
     *
     * @param recommendation a recommendation of the document
     * @param block          the block index of the recommendation's sentence, or -1 when unknown
     * @param candidates     the claims of the same document
     */
    public List<EvidenceLink> link(ExtractedRecommendation recommendation, int block,
            List<EvidenceCandidate> candidates) {
        List<EvidenceLink> links = new ArrayList<>();
        Set<String> entities = Set.copyOf(recommendation.entityIds());
        Set<String> topics = Set.copyOf(recommendation.topics());
        for (EvidenceCandidate claim : candidates) {
            EvidenceLink link = score(recommendation, block, entities, topics, claim);
            if (link != null && link.score() >= minimumScore) {
                links.add(link);
            }
        }
        links.sort(Comparator.comparingDouble(EvidenceLink::score).reversed().thenComparing(EvidenceLink::claimId));
        return links.size() > maximumLinks ? List.copyOf(links.subList(0, maximumLinks)) : links;
    }

    /**
     * Whether a claim in the given sentence could be linked to the recommendation at all (the necessary part of
     * {@link #link}'s rule: another sentence, in the same paragraph or sharing an entity or a topic). A caller can
     * skip finding claims in sentences for which no recommendation of the document passes this.
     *
     * @param block the block index of the recommendation's sentence, or -1 when unknown
     */
    public static boolean couldSupport(ExtractedRecommendation recommendation, int block, int sentenceIndex,
                                       int sentenceBlock, Collection<String> entityIds, Collection<String> topicIds) {
        if (sentenceIndex == recommendation.sentenceIndex()) {
            return false; // R5: a sentence is a claim or a recommendation, never evidence for itself
        }
        return block >= 0 && sentenceBlock == block
                || !Collections.disjoint(recommendation.entityIds(), entityIds)
                || !Collections.disjoint(recommendation.topics(), topicIds); // nearness alone is not support
    }

    private EvidenceLink score(ExtractedRecommendation recommendation, int block, Set<String> entities,
                               Set<String> topics, EvidenceCandidate claim) {
        if (!couldSupport(recommendation, block, claim.sentenceIndex(), claim.block(), claim.entityIds(),
                claim.topics())) {
            return null;
        }
        List<String> reasons = new ArrayList<>();
        double score = 0;
        if (block >= 0 && claim.block() == block) {
            score += SAME_PARAGRAPH;
            reasons.add("same paragraph");
        } else if (recommendation.section() != null && Objects.equals(recommendation.section(), claim.section())) {
            score += SAME_SECTION;
            reasons.add("same section '" + claim.section() + "'");
        }
        Set<String> sharedEntities = intersection(entities, claim.entityIds());
        if (!sharedEntities.isEmpty()) {
            score += SHARED_ENTITIES * overlap(sharedEntities.size(), entities.size(), claim.entityIds().size());
            reasons.add("shares " + String.join(", ", sharedEntities));
        }
        Set<String> sharedTopics = intersection(topics, claim.topics());
        if (!sharedTopics.isEmpty()) {
            score += SHARED_TOPICS * overlap(sharedTopics.size(), topics.size(), claim.topics().size());
            reasons.add("same topic " + String.join(", ", sharedTopics));
        }
        int distance = claim.sentenceIndex() - recommendation.sentenceIndex();
        score += PROXIMITY / (1 + Math.abs(distance) / 3.0);
        if (distance < 0) {
            score += BEFORE_BONUS;
        }
        reasons.add(Math.abs(distance) + (Math.abs(distance) == 1 ? " sentence " : " sentences ")
                + (distance < 0 ? "before" : "after"));
        return new EvidenceLink(claim.claimId(), Math.min(1.0, Math.round(score * 1000) / 1000.0),
                String.join("; ", reasons));
    }

    /** Overlap relative to the smaller set, so one shared topic of two counts fully for a one-topic claim. */
    private static double overlap(int shared, int a, int b) {
        return (double) shared / Math.max(1, Math.min(a, b));
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.retainAll(b);
        return result;
    }
}
