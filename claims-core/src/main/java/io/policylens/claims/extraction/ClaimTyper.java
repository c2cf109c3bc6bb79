package io.policylens.claims.extraction;

import io.policylens.claims.quantities.Quantity;
import io.policylens.claims.sources.CitedSource;
import io.policylens.claims.text.SentenceCues;

import java.util.List;
import java.util.Optional;

/**
 * The claim type by the precedence of guideline C7: the first thing a fact-checker would verify.
 * forecast > statistic > ranking > comparison > causal > attribution > event > other.
 */
final class ClaimTyper {

    ClaimType type(SentenceCues cues, List<Quantity> quantities, Optional<CitedSource> source) {
        boolean figures = !quantities.isEmpty();
        // C5: projections with a number or credited to a source; announced plans are present facts
        if (cues.projection() > 0 && cues.future() > 0 && (figures || source.isPresent())) {
            return ClaimType.FORECAST;
        }
        if (figures) {
            return ClaimType.STATISTIC;
        }
        if (cues.ordinals() > 0 || cues.ranking() > 0) {
            return ClaimType.RANKING;
        }
        if (cues.comparison() > 0) {
            return ClaimType.COMPARISON;
        }
        if (cues.causal() > 0 && cues.properNouns() > 0) {
            return ClaimType.CAUSAL;
        }
        if (source.isPresent() || cues.accordingTo()) {
            return ClaimType.ATTRIBUTION;
        }
        if (cues.pastVerbs() > 0 || cues.perfect() > 0 || cues.years() > 0 || cues.months() > 0) {
            return ClaimType.EVENT;
        }
        return ClaimType.OTHER;
    }
}
