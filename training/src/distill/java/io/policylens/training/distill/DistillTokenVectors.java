package io.policylens.training.distill;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.policylens.claims.text.WordPieceTokenizer;
import io.policylens.training.CheckThatReader;
import io.policylens.training.ClaimBusterReader;
import io.policylens.training.LabelledSentence;
import io.policylens.training.TokenVectors;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Training-time only (needs onnxruntime; run through the {@code distill} Maven profile, see
 * docs/claims-quality.md): distils sentence transformers (bge-small-en-v1.5, e5-small-v2 quantised,
 * all-MiniLM-L6-v2: the ONNX files and vocabularies shipped in the langchain4j-embeddings-* artifacts; all use
 * the BERT uncased vocabulary) into one static vector per WordPiece piece, one output file per model. A piece's
 * vector is the mean of its contextual output vectors over an unlabelled corpus (the
 * ClaimBuster and CT24 dev sentences and the seed documents, never dev-test); pieces the corpus lacks get the
 * output vector of the piece alone between [CLS] and [SEP] (the Model2Vec way). Deterministic: same inputs,
 * same file.
 *
 * <pre>DistillTokenVectors &lt;shared/eval&gt; &lt;corpus folder&gt; &lt;output folder&gt; model[,model...]</pre>
 * writes {@code <output folder>/<model>.vectors}.
 */
public final class DistillTokenVectors {

    private static final int CLS = 101;
    private static final int SEP = 102;
    private static final int MAX_PIECES = 126;
    private static final int BATCH = 32;

    private DistillTokenVectors() {
    }

    public static void main(String[] args) throws IOException, OrtException {
        Path eval = Path.of(args[0]);
        Path corpus = Path.of(args[1]);
        Path folder = Path.of(args[2]);
        List<String> texts = corpusTexts(eval, corpus);
        for (String model : args[3].split(",")) {
            distil(model, texts, folder.resolve(model + ".vectors"));
        }
    }

    private static void distil(String model, List<String> texts, Path output) throws IOException, OrtException {
        List<String> vocabulary = vocabulary(resource(model + "-tokenizer.json"));
        WordPieceTokenizer tokenizer = new WordPieceTokenizer(vocabulary);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(Math.max(1, Runtime.getRuntime().availableProcessors()));
            try (OrtSession session = environment.createSession(resource(model + ".onnx"), options)) {
                float[][] vectors = contextualMeans(environment, session, tokenizer, texts, vocabulary.size());
                fillSingleTokenVectors(environment, session, vectors);
                new TokenVectors(model, vocabulary, vectors).write(output);
                System.out.println("{\"model\":\"" + model + "\",\"pieces\":" + vocabulary.size() + ",\"dimensions\":"
                        + vectors[0].length + ",\"corpusTexts\":" + texts.size() + ",\"output\":\"" + output + "\"}");
            }
        }
    }

    private static List<String> corpusTexts(Path eval, Path corpus) throws IOException {
        List<String> texts = new ArrayList<>();
        ClaimBusterReader.read(eval.resolve("claimbuster/train.jsonl")).forEach(s -> texts.add(s.text()));
        Path checkThatDev = eval.resolve("checkthat2024/CT24_checkworthy_english_dev.tsv");
        for (LabelledSentence s : CheckThatReader.read(checkThatDev)) {
            texts.add(s.text());
        }
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(texts::add);
            }
        }
        return texts;
    }

    /** Mean output vector of every piece over the corpus; null for pieces that never occur. */
    private static float[][] contextualMeans(OrtEnvironment environment, OrtSession session,
                                             WordPieceTokenizer tokenizer, List<String> texts, int pieces)
            throws OrtException {
        List<long[]> sequences = new ArrayList<>();
        for (String text : texts) {
            sequences.add(wrap(tokenizer.ids(text)));
        }
        // batches of similar length waste little padding; the sort is stable, so the order is reproducible
        sequences.sort(Comparator.comparingInt(s -> s.length));
        double[][] sums = new double[pieces][];
        int[] counts = new int[pieces];
        for (int from = 0; from < sequences.size(); from += BATCH) {
            List<long[]> batch = sequences.subList(from, Math.min(sequences.size(), from + BATCH));
            float[][][] hidden = run(environment, session, batch.toArray(new long[0][]));
            for (int i = 0; i < batch.size(); i++) {
                long[] sequence = batch.get(i);
                for (int j = 1; j < sequence.length - 1; j++) {
                    int id = (int) sequence[j];
                    float[] h = hidden[i][j];
                    if (sums[id] == null) {
                        sums[id] = new double[h.length];
                    }
                    for (int k = 0; k < h.length; k++) {
                        sums[id][k] += h[k];
                    }
                    counts[id]++;
                }
            }
        }
        float[][] vectors = new float[pieces][];
        for (int id = 0; id < pieces; id++) {
            if (counts[id] > 0) {
                vectors[id] = new float[sums[id].length];
                for (int k = 0; k < sums[id].length; k++) {
                    vectors[id][k] = (float) (sums[id][k] / counts[id]);
                }
            }
        }
        return vectors;
    }

    private static void fillSingleTokenVectors(OrtEnvironment environment, OrtSession session, float[][] vectors)
            throws OrtException {
        List<Integer> missing = new ArrayList<>();
        for (int id = 0; id < vectors.length; id++) {
            if (vectors[id] == null) {
                missing.add(id);
            }
        }
        for (int from = 0; from < missing.size(); from += 256) {
            List<Integer> batch = missing.subList(from, Math.min(missing.size(), from + 256));
            long[][] inputs = new long[batch.size()][];
            for (int i = 0; i < inputs.length; i++) {
                inputs[i] = new long[]{CLS, batch.get(i), SEP};
            }
            float[][][] hidden = run(environment, session, inputs);
            for (int i = 0; i < inputs.length; i++) {
                vectors[batch.get(i)] = hidden[i][1].clone();
            }
        }
    }

    private static long[] wrap(int[] ids) {
        int length = Math.min(ids.length, MAX_PIECES);
        long[] sequence = new long[length + 2];
        sequence[0] = CLS;
        for (int i = 0; i < length; i++) {
            sequence[i + 1] = ids[i];
        }
        sequence[length + 1] = SEP;
        return sequence;
    }

    private static float[][][] run(OrtEnvironment environment, OrtSession session, long[][] sequences)
            throws OrtException {
        int longest = 0;
        for (long[] s : sequences) {
            longest = Math.max(longest, s.length);
        }
        long[][] ids = new long[sequences.length][longest];
        long[][] mask = new long[sequences.length][longest];
        long[][] types = new long[sequences.length][longest];
        for (int i = 0; i < sequences.length; i++) {
            for (int j = 0; j < sequences[i].length; j++) {
                ids[i][j] = sequences[i][j];
                mask[i][j] = 1;
            }
        }
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try (OnnxTensor a = OnnxTensor.createTensor(environment, ids);
             OnnxTensor b = OnnxTensor.createTensor(environment, mask);
             OnnxTensor c = OnnxTensor.createTensor(environment, types)) {
            inputs.put("input_ids", a);
            inputs.put("attention_mask", b);
            inputs.put("token_type_ids", c);
            try (OrtSession.Result result = session.run(inputs)) {
                return (float[][][]) result.get(0).getValue();
            }
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DistillTokenVectors.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " not on the class path (its langchain4j-embeddings-* artifact missing?)");
            }
            return in.readAllBytes();
        }
    }

    /** The "vocab" object of a Hugging Face tokenizer.json, as piece strings indexed by id. */
    static List<String> vocabulary(byte[] tokenizerJson) {
        String json = new String(tokenizerJson, StandardCharsets.UTF_8);
        int start = json.indexOf('{', json.indexOf("\"vocab\"", json.indexOf("\"model\"")));
        Map<Integer, String> byId = new HashMap<>();
        int i = start + 1;
        while (true) {
            i = skipSpace(json, i);
            if (json.charAt(i) == '}') {
                break;
            }
            StringBuilder key = new StringBuilder();
            i = ClaimBusterReader.readJsonString(json, i, key);
            i = skipSpace(json, i) + 1; // ':'
            i = skipSpace(json, i);
            int end = i;
            while (Character.isDigit(json.charAt(end))) {
                end++;
            }
            byId.put(Integer.parseInt(json.substring(i, end)), key.toString());
            i = skipSpace(json, end);
            if (json.charAt(i) == ',') {
                i++;
            }
        }
        List<String> vocabulary = new ArrayList<>(byId.size());
        for (int id = 0; id < byId.size(); id++) {
            vocabulary.add(byId.get(id));
        }
        return vocabulary;
    }

    private static int skipSpace(String s, int i) {
        while (Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
