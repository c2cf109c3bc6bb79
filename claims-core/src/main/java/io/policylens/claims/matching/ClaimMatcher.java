package io.policylens.claims.matching;

import io.policylens.claims.quantities.Quantity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the same or conflicting claims across documents. Two claims match on a figure when they
 * state the same kind of quantity (percent share, currency amount, count of the same thing) of the
 * same measure about overlapping entities: values within tolerance agree, others conflict. Claims
 * without a shared figure match when their sentences say nearly the same thing about the same entities.
 */
public final class ClaimMatcher {

    /** Relative difference under which two figures are the same; approximate figures ("around") get more slack. */
    private static final double EXACT_TOLERANCE = 0.02;
    private static final double APPROXIMATE_TOLERANCE = 0.10;
    private static final double MEASURE_OVERLAP = 0.5;
    private static final double SENTENCE_OVERLAP = 0.6;

    private static final Set<String> STOP_WORDS = Set.of("the", "a", "an", "of", "in", "on", "for", "to", "and", "or",
            "by", "with", "at", "as", "is", "are", "was", "were", "be", "been", "its", "their", "that", "this", "it",
            "from", "global", "world", "world’s", "world's", "around", "nearly", "about", "some", "than", "more",
            "over", "also", "has", "have", "had");

    public List<ClaimMatch> match(List<DocumentClaim> claims) {
        List<ClaimMatch> matches = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                DocumentClaim a = claims.get(i);
                DocumentClaim b = claims.get(j);
                if (!a.documentId().equals(b.documentId())) {
                    ClaimMatch match = match(a, b);
                    if (match != null) {
                        matches.add(match);
                    }
                }
            }
        }
        return matches;
    }

    /** The match between two claims, or null when they are about different things. */
    public ClaimMatch match(DocumentClaim a, DocumentClaim b) {
        if (!entitiesCompatible(a.claim().entities(), b.claim().entities())) {
            return null;
        }
        double similarity = jaccard(words(a.claim().text()), words(b.claim().text()));
        for (Quantity qa : a.claim().quantities()) {
            for (Quantity qb : b.claim().quantities()) {
                if (sameMeasure(qa, qb)) {
                    MatchKind kind = agree(qa, qb) ? MatchKind.AGREEING : MatchKind.CONFLICTING;
                    return new ClaimMatch(a, b, kind, similarity, qa.measured(), qa.normalisedValue(),
                            qb.normalisedValue());
                }
            }
        }
        if (similarity >= SENTENCE_OVERLAP) {
            return new ClaimMatch(a, b, MatchKind.AGREEING, similarity, null, Double.NaN, Double.NaN);
        }
        return null;
    }

    /** Both name entities and share one, or neither names any (then the measure alone must carry the match). */
    private static boolean entitiesCompatible(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        for (String entity : a) {
            if (b.contains(entity)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameMeasure(Quantity a, Quantity b) {
        if (a.percentage() != b.percentage() || !same(a.unit(), b.unit())) {
            return false;
        }
        if (a.measured() == null || b.measured() == null) {
            return false;
        }
        if (a.period() != null && b.period() != null && !a.period().equals(b.period())) {
            return false; // figures for different years do not contradict each other
        }
        return overlap(words(a.measured()), words(b.measured())) >= MEASURE_OVERLAP;
    }

    private static boolean agree(Quantity a, Quantity b) {
        double x = a.normalisedValue();
        double y = b.normalisedValue();
        double tolerance = a.approximate() || b.approximate() ? APPROXIMATE_TOLERANCE : EXACT_TOLERANCE;
        return Math.abs(x - y) <= tolerance * Math.max(Math.abs(x), Math.abs(y));
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equalsIgnoreCase(b);
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}’']+")) {
            if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 0;
        }
        int shared = a.size() + b.size() - union.size();
        return (double) shared / union.size();
    }

    /** Overlap coefficient: shared words over the smaller set, so a short measure can match a longer one. */
    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String word : a) {
            if (b.contains(word)) {
                shared++;
            }
        }
        return (double) shared / Math.min(a.size(), b.size());
    }
}
