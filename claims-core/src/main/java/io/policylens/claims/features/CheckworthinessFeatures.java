package io.policylens.claims.features;

import io.policylens.claims.text.SentenceCues;
import io.policylens.claims.text.Tokens.Token;

import java.util.Arrays;

/**
 * Turns a sentence into the sparse binary feature vector of the check-worthiness model: word unigrams,
 * bigrams and skip-bigrams (word pairs one word apart, so "has ... launched" and "percent ... the" survive an
 * inserted adverb or determiner; numbers folded into classes so "700,000 jobs" and "9 million jobs" share
 * evidence) plus the linguistic cue flags. Training and scoring both come through here, which keeps them in sync.
 */
public final class CheckworthinessFeatures {

    public static final int HASH_BITS = 18;

    private final FeatureHasher hasher = new FeatureHasher(HASH_BITS);

    public int dimensions() {
        return hasher.dimensions();
    }

    /** Sorted, de-duplicated feature indices (all features are binary). */
    public int[] extract(SentenceCues cues) {
        String[] words = normalisedWords(cues);
        int[] out = new int[words.length * 4 + 48];
        int n = 0;
        String beforePrevious = "<s>";
        String previous = "<s>";
        for (String word : words) {
            out[n++] = hasher.index("u", word);
            out[n++] = hasher.index("b", previous, word);
            out[n++] = hasher.index("k", beforePrevious, word);
            beforePrevious = previous;
            previous = word;
        }
        out = ensure(out, n + 48);
        out[n++] = hasher.index("b", previous, "</s>");
        n = addCues(cues, out, n);
        int[] features = Arrays.copyOf(out, n);
        Arrays.sort(features);
        return dedupe(features);
    }

    private int addCues(SentenceCues cues, int[] out, int n) {
        out[n++] = hasher.index("bias", "");
        out[n++] = hasher.index("len", bucket(cues.wordCount(), 5, 10, 20, 35, 60));
        out[n++] = flag("num", cues.numbers());
        out[n++] = flag("year", cues.years());
        out[n++] = flag("pct", cues.percent());
        out[n++] = flag("money", cues.money());
        out[n++] = flag("rank", cues.ranking());
        out[n++] = flag("ord", cues.ordinals());
        out[n++] = flag("cmp", cues.comparison());
        out[n++] = flag("cause", cues.causal());
        out[n++] = flag("past", cues.pastVerbs());
        out[n++] = flag("perfect", cues.perfect());
        out[n++] = flag("future", cues.future());
        out[n++] = flag("norm", cues.normative());
        out[n++] = flag("poss", cues.possibilityModals());
        out[n++] = flag("report", cues.reporting());
        out[n++] = flag("opinion", cues.opinionVerbs());
        out[n++] = flag("eval", cues.evaluative());
        out[n++] = flag("first", cues.firstPerson());
        out[n++] = flag("second", cues.secondPerson());
        out[n++] = flag("month", cues.months());
        out[n++] = flag("time", cues.timeWords());
        out[n++] = hasher.index("proper", bucket(cues.properNouns(), 0, 1, 3));
        out[n++] = hasher.index("q", Boolean.toString(cues.question()));
        out[n++] = hasher.index("acc", Boolean.toString(cues.accordingTo()));
        boolean figure = cues.numbers() + cues.percent() + cues.money() > 0;
        out[n++] = hasher.index("figure&first", figure + "/" + (cues.firstPerson() > 0));
        out[n++] = hasher.index("past&proper", (cues.pastVerbs() + cues.perfect() > 0) + "/"
                + (cues.properNouns() > 0));
        return n;
    }

    private int flag(String name, int count) {
        return hasher.index(name, count == 0 ? "0" : count == 1 ? "1" : "2+");
    }

    private static String bucket(int value, int... bounds) {
        for (int bound : bounds) {
            if (value <= bound) {
                return "<=" + bound;
            }
        }
        return ">" + bounds[bounds.length - 1];
    }

    private static String[] normalisedWords(SentenceCues cues) {
        String[] lower = cues.lowerTokens();
        String[] words = new String[lower.length];
        for (int i = 0; i < lower.length; i++) {
            words[i] = normalise(lower[i], cues.tokens().get(i));
        }
        return words;
    }

    private static String normalise(String lower, Token token) {
        if (!token.numeric()) {
            return lower.replace('’', '\'');
        }
        if (SentenceCues.isYear(lower)) {
            return "<year>";
        }
        if (SentenceCues.isOrdinal(lower)) {
            return "<ord>";
        }
        return lower.length() <= 2 ? "<num-small>" : "<num>";
    }

    private static int[] ensure(int[] array, int size) {
        return array.length >= size ? array : Arrays.copyOf(array, size);
    }

    private static int[] dedupe(int[] sorted) {
        if (sorted.length == 0) {
            return sorted;
        }
        int n = 1;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] != sorted[n - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }
}
