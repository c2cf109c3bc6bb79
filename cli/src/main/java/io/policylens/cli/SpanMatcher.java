package io.policylens.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One-to-one matching of predicted spans to gold spans. A pair is a candidate when the spans overlap
 * by at least half of the shorter one; candidates are taken greedily by largest overlap (ties: gold
 * order, then prediction order), and each gold item and each prediction is used at most once.
 */
final class SpanMatcher {

    /** A matched pair: indexes into the gold and predicted lists, and their overlap in characters. */
    record Pair(int gold, int predicted, int overlap) {
    }

    /** The matching of one document: pairs plus, for every index, its partner or -1. */
    record Matching(List<Pair> pairs, int[] goldToPredicted, int[] predictedToGold) {

        int matched() {
            return pairs.size();
        }

        Scores scores() {
            return new Scores(pairs.size(), predictedToGold.length - pairs.size(),
                    goldToPredicted.length - pairs.size());
        }
    }

    private SpanMatcher() {
    }

    /** True when the spans overlap by at least half of the shorter one (empty spans never match). */
    static boolean matches(Span a, Span b) {
        if (a == null || b == null || a.length() == 0 || b.length() == 0) {
            return false;
        }
        int overlap = a.overlap(b);
        return overlap > 0 && 2L * overlap >= Math.min(a.length(), b.length());
    }

    /** @param gold gold spans (null for a gold item that could not be located: it stays unmatched) */
    static Matching match(List<Span> gold, List<Span> predicted) {
        List<Pair> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                if (matches(gold.get(g), predicted.get(p))) {
                    candidates.add(new Pair(g, p, gold.get(g).overlap(predicted.get(p))));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Pair::overlap).reversed()
                .thenComparingInt(Pair::gold).thenComparingInt(Pair::predicted));
        int[] goldToPredicted = new int[gold.size()];
        int[] predictedToGold = new int[predicted.size()];
        Arrays.fill(goldToPredicted, -1);
        Arrays.fill(predictedToGold, -1);
        List<Pair> pairs = new ArrayList<>();
        for (Pair candidate : candidates) {
            if (goldToPredicted[candidate.gold()] < 0 && predictedToGold[candidate.predicted()] < 0) {
                goldToPredicted[candidate.gold()] = candidate.predicted();
                predictedToGold[candidate.predicted()] = candidate.gold();
                pairs.add(candidate);
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::gold));
        return new Matching(List.copyOf(pairs), goldToPredicted, predictedToGold);
    }
}
