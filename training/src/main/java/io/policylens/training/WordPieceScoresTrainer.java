package io.policylens.training;

import io.policylens.claims.model.WordPieceScores;
import io.policylens.claims.text.WordPieceTokenizer;

import java.util.ArrayList;
import java.util.List;

/**
 * Trains the dense half of the check-worthiness model: a logistic regression on the mean distilled vector of a
 * sentence's word pieces, then folded into one score per piece ({@link WordPieceScores}): for weights w on the
 * mean vector, score[piece] = w · vector[piece], so the shipped model needs no vectors.
 */
final class WordPieceScoresTrainer {

    private static final int EPOCHS = 10;

    private final TokenVectors vectors;
    private final WordPieceTokenizer tokenizer;
    private final long seed;

    WordPieceScoresTrainer(TokenVectors vectors, long seed) {
        this.vectors = vectors;
        this.tokenizer = new WordPieceTokenizer(vectors.vocabulary());
        this.seed = seed;
    }

    WordPieceTokenizer tokenizer() {
        return tokenizer;
    }

    WordPieceScores train(List<LabelledSentence> sentences, double l2, double positiveWeight, String version) {
        List<float[]> inputs = new ArrayList<>(sentences.size());
        boolean[] labels = new boolean[sentences.size()];
        for (int i = 0; i < labels.length; i++) {
            inputs.add(vectors.mean(tokenizer.ids(sentences.get(i).text())));
            labels[i] = sentences.get(i).checkworthy();
        }
        DenseLogisticRegressionTrainer.Weights weights =
                new DenseLogisticRegressionTrainer(EPOCHS, l2, positiveWeight, seed).train(inputs, labels);
        float[] scores = new float[vectors.vocabulary().size()];
        for (int piece = 0; piece < scores.length; piece++) {
            scores[piece] = (float) (weights.logit(vectors.vectors()[piece]) - weights.bias());
        }
        return new WordPieceScores(version, vectors.vocabulary(), scores, (float) weights.bias(), 0f);
    }

    /** Piece-model logits of the sentences. */
    double[] logits(WordPieceScores scores, List<LabelledSentence> sentences) {
        double[] z = new double[sentences.size()];
        for (int i = 0; i < z.length; i++) {
            z[i] = scores.logit(tokenizer.ids(sentences.get(i).text()));
        }
        return z;
    }
}
