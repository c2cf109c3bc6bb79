package io.policylens.documents.annotation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assigns topics of the Policy Lens taxonomy by keyword evidence. The taxonomy and its keywords live
 * in an editable file ({@code topics.tsv}); a sentence's score grows with the number of keyword hits.
 */
public final class TopicClassifier {

    private static final String DEFAULT_RESOURCE = "/io/policylens/documents/annotation/topics.tsv";
    private static volatile TopicClassifier defaults;

    private final Map<String, String> labels = new LinkedHashMap<>();
    private final PhraseTrie<String> trie = new PhraseTrie<>();

    private TopicClassifier() {
    }

    public static TopicClassifier defaults() {
        TopicClassifier result = defaults;
        if (result == null) {
            try (InputStream in = TopicClassifier.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                result = parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            defaults = result;
        }
        return result;
    }

    /** Reads {@code id TAB label TAB keyword|keyword*} lines; # starts a comment. */
    public static TopicClassifier parse(Reader reader) throws IOException {
        TopicClassifier classifier = new TopicClassifier();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length < 3) {
                throw new IllegalArgumentException("topics line needs id, label and keywords: " + line);
            }
            classifier.labels.put(fields[0], fields[1]);
            for (String keyword : fields[2].split("\\|")) {
                classifier.trie.add(Tokens.split(keyword.strip().toLowerCase(java.util.Locale.ROOT), true), fields[0]);
            }
        }
        return classifier;
    }

    /** Topic ids and their labels, in taxonomy order. */
    public Map<String, String> taxonomy() {
        return Map.copyOf(labels);
    }

    public boolean isTopic(String id) {
        return labels.containsKey(id);
    }

    /** Keyword hits per topic in {@code text[from, to)}. */
    public Map<String, Integer> hits(String text, int from, int to) {
        Tokens tokens = Tokens.of(text, from, to, true);
        Map<String, Integer> hits = new LinkedHashMap<>();
        int i = 0;
        while (i < tokens.size) {
            PhraseTrie.Match<String> match = trie.longestAt(tokens, i);
            if (match == null) {
                i++;
                continue;
            }
            hits.merge(match.value(), 1, Integer::sum);
            i = match.to();
        }
        return hits;
    }

    /** Sentence-level topics: one hit scores 0.5, two or more 1.0; best first. */
    public List<TopicScore> classify(String text, int from, int to) {
        List<TopicScore> scores = new ArrayList<>();
        hits(text, from, to).forEach((topic, count) -> scores.add(new TopicScore(topic, Math.min(1.0, count * 0.5))));
        scores.sort((a, b) -> Double.compare(b.score(), a.score()));
        return scores;
    }
}
