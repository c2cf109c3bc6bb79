package io.policylens.claims.training;

import io.policylens.claims.features.CheckworthinessFeatures;
import io.policylens.claims.model.CheckworthinessModel;
import io.policylens.claims.model.LinearModel;
import io.policylens.claims.model.WordPieceScores;
import io.policylens.claims.text.SentenceCues;
import io.policylens.claims.text.WordPieceTokenizer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Writes the bundled model's two log-odds (n-gram, word-piece) and the label of every sentence of a CheckThat!
 * file, one tab-separated line each, so that other models can be blended with it offline (the transformer
 * teacher's {@code blend} in src/teacher). A measurement tool; the extractor does not use it.
 *
 * <pre>java -cp claims-core/target/classes:documents-core/target/classes io.policylens.claims.training.CheckworthinessLogits
 *      &lt;CT24 tsv&gt; &lt;out file&gt; [&lt;CT24 tsv&gt; &lt;out file&gt;]...</pre>
 */
public final class CheckworthinessLogits {

    private CheckworthinessLogits() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || args.length % 2 != 0) {
            System.err.println("usage: CheckworthinessLogits <CheckThat! tsv> <out file> [<tsv> <out>]...");
            System.exit(2);
        }
        LinearModel ngrams = LinearModel.read(resource(CheckworthinessModel.RESOURCE));
        WordPieceScores pieces = WordPieceScores.read(resource(CheckworthinessModel.PIECES_RESOURCE));
        WordPieceTokenizer tokenizer = pieces.tokenizer();
        CheckworthinessFeatures features = new CheckworthinessFeatures();
        for (int i = 0; i < args.length; i += 2) {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[i + 1]), StandardCharsets.UTF_8))) {
                for (LabelledSentence sentence : CheckThatReader.read(Path.of(args[i]))) {
                    SentenceCues cues = SentenceCues.of(sentence.text());
                    out.printf(Locale.ROOT, "%.6f\t%.6f\t%d%n", ngrams.logit(features.extract(cues)),
                            pieces.logit(tokenizer.ids(cues.text())), sentence.checkworthy() ? 1 : 0);
                }
            }
        }
        System.out.printf(Locale.ROOT, "{\"piecesWeight\":%.2f,\"threshold\":%.2f}%n", pieces.blendWeight(), ngrams.threshold());
    }

    private static InputStream resource(String name) throws IOException {
        InputStream raw = CheckworthinessLogits.class.getResourceAsStream(name);
        if (raw == null) {
            throw new IOException("model resource missing: " + name);
        }
        return new BufferedInputStream(new GZIPInputStream(raw));
    }
}
