package io.policylens.claims.extraction;

import io.policylens.claims.quantities.Quantity;
import io.policylens.claims.sources.CitedSource;
import io.policylens.claims.text.SentenceCues;

import java.util.List;
import java.util.Optional;

/**
 * Combines the sentence-level model with the guideline cues into one check-worthiness score. The
 * model (trained on debate transcripts) knows what check-worthy language looks like; the cues carry the
 * policy-document rules: a concrete anchor is required (C1), hedged possibilities, author predictions
 * and opinions are not claims (C2, C5), a specific figure always counts (C3), credited findings are
 * claims (C4). Weights are in log-odds; the base and the model's weight were chosen on the seeds and
 * policy-dev labels for the model trained on CT24 train (docs/claims-quality.md).
 */
final class ClaimScorer {

    /** Weight of the model's log-odds about its threshold, and their bound: the cues, not the model, carry C1-C6. */
    private static final double MODEL_WEIGHT = 0.75;
    private static final double MODEL_CLIP = 4.0;
    private static final double BASE = 0.0;

    double score(SentenceCues cues, double modelProbability, double modelThreshold, List<Quantity> quantities,
                 Optional<CitedSource> source, boolean namedEntities) {
        boolean figure = quantities.stream().anyMatch(Quantity::specific);
        // a reported opinion takes no credit from its speaker or from the day it was said: the source vouches for a
        // finding, not for a judgement (C4)
        boolean reportedOpinion = cues.reportedOpinion() && !figure;
        boolean dated = !reportedOpinion && (cues.years() > 0 || cues.months() > 0);
        boolean actor = namedEntities || cues.properNouns() > 0;
        // an ongoing action with a named object is as concrete as a past one (C1: a named actor doing a named thing)
        // an announced act of a named party ("X will visit Y") is as concrete as a past one (C1, C5)
        boolean happened = cues.pastVerbs() > 0 || cues.perfect() > 0 || cues.namedActions() > 0
                || cues.scheduledEvents() > 0;
        // "prices have been climbing", "the sector is slowing": an unmeasured trend is a vague description (C2), not an
        // event
        boolean vagueTrend = cues.trends() > 0 && !figure && !dated && cues.pastVerbs() == 0
                && cues.namedActions() == 0;
        if (vagueTrend) {
            happened = false;
        }
        // "X committed to reducing...": an actor's stated intent is on the record like a reported finding (C4)
        boolean credited = !reportedOpinion && (source.isPresent() || cues.accordingTo() || cues.reportedFinding()
                || cues.commitments() > 0);

        double margin = logit(modelProbability) - logit(modelThreshold);
        double z = BASE + MODEL_WEIGHT * Math.max(-MODEL_CLIP, Math.min(MODEL_CLIP, margin));
        if (figure) {
            z += 3.0;
        }
        if (dated) {
            z += 1.5;
        }
        if (cues.discourseEnumerator()) {
            z -= 2.0; // "The second factor is...": the document numbering its own points (C2), not a ranking
        } else if (cues.ordinals() > 0 || cues.ranking() > 0) {
            z += 0.75;
        }
        if (cues.recordLevels() > 0 && !figure) {
            z += 1.5; // "remains at a record low": a position in a measured series is checkable like a figure (C3, C7)
        }
        if (cues.comparison() > 0) {
            z += 0.5;
        }
        if (credited) {
            z += 1.5;
        }
        if (cues.namedActions() > 0) {
            z += 1.0; // the action itself names its object ("is partnering with Harvard University")
        }
        if (actor && happened) {
            z += 1.5;
        } else if (actor) {
            z += 0.5;
        }
        boolean provision = cues.planStatement() || cues.legalStatus() > 0;
        if (!figure && !dated && !actor && cues.explicitComparisons() == 0 && !provision) {
            // no concrete anchor at all (C1; an explicit comparison is one, and so is the plan a provision is in)
            z -= 1.5;
        }
        if (cues.possibilityModals() + cues.seemHedges() > 0 && !figure) {
            // hedged possibility (C2); a hedge confined to a trailing ", but ... may" clause leaves the reported action
            // the main point
            z -= cues.hedgeOnlyInContrastClause() ? 0.5 : 2.5;
        }
        if (vagueTrend) {
            z -= 1.5;
        }
        if (cues.abstractSubject() && !figure) {
            // "Protectionism has reshaped trade...": a broad narrative about an abstract force (C6), whatever the model
            // says
            z -= 4.0;
        }
        if (cues.legalStatus() > 0 && !cues.planStatement()) {
            z += 1.0; // "therapists are not regulated": a standing in law, checkable like a bill's provisions (C1)
        }
        if (cues.planStatement() || cues.scheduledEvents() > 0) {
            z += 1.0; // "the plan will ban...", "X will visit...": what is announced is a present fact (C5)
        } else if (cues.hypotheticalWould() && !figure && !credited) {
            z -= 4.0; // "the revenue would come...": the author's hypothetical, whatever else the sentence names (C2)
        } else if (cues.future() > 0 && !figure && !credited && !happened) {
            z -= 2.0; // the author's own prediction (C2, C5)
        }
        if (cues.helpPredictions() > 0 && !figure) {
            z -= 6.0; // "X will help Y": a statement that an action helps is neither claim nor recommendation (C4, R7)
        }
        if (cues.quotedSpeech() && !figure && !dated) {
            z -= 3.0; // someone's words in quotation marks: an opinion unless it gives a figure or a date (C4)
        }
        z -= 0.75 * Math.min(cues.evaluative(), 3); // evaluation rather than record (C2)
        if (cues.copularEvaluations() > 0 && !figure) {
            z -= 2.5; // "it was an ambitious plan": the main point is a judgement (C2); a figure still counts (C3)
        }
        if (cues.firstPersonActs() > 0 && !cues.quotedSpeech()) {
            z += 1.0; // "We also issued new guidance": an official reporting their own action is a record (C1)
        } else if (cues.firstPerson() > 0) {
            z -= 1.0;
        }
        if (reportedOpinion) {
            z -= 3.0; // "X said the targets were achievable": a reported opinion is not a claim (C4)
        }
        if (cues.effectVerbs() > 0 && !figure && !dated && !credited && !cues.planStatement()) {
            z -= 2.5; // "these earnings enable shipyards to scale": an unmeasured effect is an assessment (C6)
        }
        if (cues.stances() > 0) {
            z -= 1.0;
        }
        return 1.0 / (1.0 + Math.exp(-z));
    }

    private static double logit(double p) {
        double q = Math.min(Math.max(p, 1e-6), 1 - 1e-6);
        return Math.log(q / (1 - q));
    }
}
