package io.policylens.cli;

import io.policylens.documents.text.ContentFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores the predictions of one kind (claims or recommendations) for one document against its gold
 * items. Both are placed in the document's original content: gold items at the first occurrence of
 * their text, predictions near their expected position; then {@link SpanMatcher} pairs them.
 */
final class GoldScorer {

    /** A predicted item; start/end are offsets in the normalised text, label is the type (claims). */
    record Prediction(String text, int start, int end, String type, String actor, String strength) {
    }

    /** A gold or predicted item with the span it was placed at (null: could not be placed). */
    record Placed(String text, Span span, String type, String actor, String strength) {
    }

    record ActorMismatch(String text, String gold, String predicted) {
    }

    /** The outcome for one document. */
    record DocumentScore(String doc, Scores scores, int sameType, int sameActor, int sameStrength,
                         int unlocatedPredictions, int unlocatedGold,
                         List<Placed> falsePositives, List<Placed> falseNegatives,
                         List<ActorMismatch> actorMismatches) {
    }

    private GoldScorer() {
    }

    /**
     * @param original         the document as read from its file
     * @param format           its format (for locating text in HTML or Markdown sources)
     * @param normalisedLength length of the normalised text the predictions' offsets point into
     */
    static DocumentScore score(String doc, String original, ContentFormat format, int normalisedLength,
                               List<GoldLabels.GoldItem> gold, List<Prediction> predictions) {
        SpanLocator locator = new SpanLocator(original, format);
        List<Placed> placedGold = new ArrayList<>(gold.size());
        int unlocatedGold = 0;
        for (GoldLabels.GoldItem item : gold) {
            Optional<Span> span = locator.locate(item.text(), 0);
            if (span.isEmpty()) {
                unlocatedGold++;
            }
            placedGold.add(new Placed(item.text(), span.orElse(null), item.type(), item.actor(), item.strength()));
        }
        List<Placed> placedPredictions = new ArrayList<>(predictions.size());
        int unlocatedPredictions = 0;
        double scale = normalisedLength > 0 ? (double) original.length() / normalisedLength : 1.0;
        for (Prediction prediction : predictions) {
            int hint = (int) Math.round(Math.max(0, prediction.start()) * scale);
            Optional<Span> span = locator.locate(prediction.text(), hint);
            Span placed;
            if (span.isPresent()) {
                placed = span.get();
            } else {
                unlocatedPredictions++;
                int length = Math.max(0, prediction.end() - prediction.start());
                int start = Math.min(hint, original.length());
                placed = new Span(start, Math.min(original.length(), start + (int) Math.round(length * scale)));
            }
            placedPredictions.add(new Placed(prediction.text(), placed, prediction.type(), prediction.actor(),
                    prediction.strength()));
        }
        SpanMatcher.Matching matching = SpanMatcher.match(
                placedGold.stream().map(Placed::span).toList(),
                placedPredictions.stream().map(Placed::span).toList());
        int sameType = 0;
        int sameActor = 0;
        int sameStrength = 0;
        List<ActorMismatch> actorMismatches = new ArrayList<>();
        for (SpanMatcher.Pair pair : matching.pairs()) {
            Placed g = placedGold.get(pair.gold());
            Placed p = placedPredictions.get(pair.predicted());
            if (g.type() != null && g.type().equalsIgnoreCase(Objects.toString(p.type(), ""))) {
                sameType++;
            }
            if (ActorNormaliser.same(g.actor(), p.actor())) {
                sameActor++;
            } else {
                actorMismatches.add(new ActorMismatch(g.text(), g.actor(), p.actor()));
            }
            if (g.strength() != null && g.strength().equalsIgnoreCase(Objects.toString(p.strength(), ""))) {
                sameStrength++;
            }
        }
        List<Placed> falsePositives = new ArrayList<>();
        for (int p = 0; p < placedPredictions.size(); p++) {
            if (matching.predictedToGold()[p] < 0) {
                falsePositives.add(placedPredictions.get(p));
            }
        }
        List<Placed> falseNegatives = new ArrayList<>();
        for (int g = 0; g < placedGold.size(); g++) {
            if (matching.goldToPredicted()[g] < 0) {
                falseNegatives.add(placedGold.get(g));
            }
        }
        return new DocumentScore(doc, matching.scores(), sameType, sameActor, sameStrength, unlocatedPredictions,
                unlocatedGold, falsePositives, falseNegatives, actorMismatches);
    }
}
