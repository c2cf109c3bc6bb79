package io.policylens.claims.transformer;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Java forward pass against PyTorch: tiny.pltx.gz is a random 2-layer, 4-head, 16-wide model written by the
 * training tool's exporter, which printed these logits for its de-quantised weights:
 * {@code python3 training/checkworthiness/export.py --tokenizer all-minilm-l6-v2-tokenizer.json --tiny
 * "port,##s,fee,fees,rose,by,4,%,in,2020,.,the,should,we,act,now,china,##'" --heads 4 --max-tokens 12 --threshold 0.4
 * --version tiny-test --out tiny.pltx.gz --sentences ...}. A mismatch in tokenisation, embedding, attention, GELU,
 * normalisation, pooling or truncation moves them.
 */
class TransformerClassifierTest {

    private static final Map<String, Double> PYTORCH_LOGITS = Map.of(
            "Port fees rose by 4% in 2020.", -1.3617428541183472,
            "We should act now.", 2.262467861175537,
            // truncated to 12 tokens
            "the port the port the port the port the port the port the port", 1.8585150241851807,
            "Zebra!", 2.0902271270751953); // unknown word

    private final TransformerClassifier model =
            TransformerClassifier.fromResource("/io/policylens/claims/transformer/tiny.pltx.gz");

    @Test
    void logitsMatchThePyTorchModel() {
        PYTORCH_LOGITS.forEach((sentence, expected) ->
                assertThat(model.logit(sentence)).as(sentence).isCloseTo(expected, within(1e-4)));
    }

    @Test
    void headerFieldsAreRead() {
        assertThat(model.version()).isEqualTo("tiny-test");
        assertThat(model.threshold()).isCloseTo(0.4, within(1e-6));
        assertThat(model.probability("We should act now.")).isCloseTo(1 / (1 + Math.exp(-2.262467861175537)),
                within(1e-5));
    }

    @Test
    void threadsDoNotShareScratchBuffers() throws Exception {
        var pool = Executors.newFixedThreadPool(4);
        try {
            var futures = IntStream.range(0, 200)
                    .mapToObj(i -> pool.submit(() -> model.logit(i % 2 == 0 ? "We should act now."
                    : "Port fees rose by 4% in 2020.")))
                    .toList();
            for (int i = 0; i < futures.size(); i++) {
                Future<Double> f = futures.get(i);
                assertThat(f.get()).isCloseTo(i % 2 == 0 ? 2.262467861175537 : -1.3617428541183472, within(1e-4));
            }
        } finally {
            pool.shutdown();
        }
    }
}
