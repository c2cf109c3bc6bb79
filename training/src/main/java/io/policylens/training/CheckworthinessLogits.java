package io.policylens.training;

import io.policylens.claims.model.CheckworthinessModel;
import io.policylens.claims.text.SentenceCues;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes the bundled model's two log-odds (n-gram, word-piece) and the label of every sentence of a CheckThat!
 * file, one tab-separated line each, so that other models can be blended with it offline (the transformer
 * teacher's {@code blend} in src/teacher). A measurement tool; the extractor does not use it.
 *
 * <pre>java -cp claims-core/target/classes:documents-core/target/classes io.policylens.training.CheckworthinessLogits
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
        CheckworthinessModel model = CheckworthinessModel.bundled();
        for (int i = 0; i < args.length; i += 2) {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[i + 1]),
                    StandardCharsets.UTF_8))) {
                for (LabelledSentence sentence : CheckThatReader.read(Path.of(args[i]))) {
                    SentenceCues cues = SentenceCues.of(sentence.text());
                    out.printf(Locale.ROOT, "%.6f\t%.6f\t%d%n", model.ngramLogit(cues), model.pieceLogit(cues),
                            sentence.checkworthy() ? 1 : 0);
                }
            }
        }
        System.out.printf(Locale.ROOT, "{\"piecesWeight\":%.2f,\"threshold\":%.2f}%n", model.blendWeight(),
                model.threshold());
    }
}
