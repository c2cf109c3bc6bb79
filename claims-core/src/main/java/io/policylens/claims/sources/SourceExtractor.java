package io.policylens.claims.sources;

import io.policylens.claims.text.Lexicon;
import io.policylens.claims.text.SentenceCues;
import io.policylens.claims.text.Tokens.Token;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the source a sentence credits (C4): "according to (data from) the X", "the X report",
 * "X estimates/said/noted that", "as X recently noted". Names are runs of capitalised words, which
 * may contain lower-case joiners ("Stockholm International Peace Research Institute", "Department of State").
 */
public final class SourceExtractor {

    private static final Set<String> JOINERS = Set.of("of", "for", "on", "and", "the", "at", "de", "in");
    private static final Set<String> DOCUMENT_NOUNS = Set.of("report", "study", "survey", "index", "data", "analysis",
            "assessment", "review", "paper", "estimate", "estimates", "census", "statistics", "database", "poll");
    private static final Set<String> GENERIC_SUBJECTS = Set.of("it", "he", "she", "they", "we", "i", "this", "that",
            "these", "those", "there", "which", "who", "you");

    public Optional<CitedSource> extract(String sentence) {
        return extract(SentenceCues.of(sentence));
    }

    public Optional<CitedSource> extract(SentenceCues cues) {
        List<Token> tokens = cues.tokens();
        String[] lower = cues.lowerTokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if ("according".equals(lower[i]) && "to".equals(lower[i + 1])) {
                int from = skip(lower, i + 2, "data", "figures", "statistics", "estimates", "from", "by", "the", "a",
                        "an");
                Optional<CitedSource> named = nameForward(cues, from, "according to");
                if (named.isPresent()) {
                    return named;
                }
                // "according to the report": a document mentioned earlier
                if (from < tokens.size() && DOCUMENT_NOUNS.contains(lower[from])) {
                    return Optional.of(source(cues, from, from, "according to"));
                }
            }
        }
        for (int i = 1; i < tokens.size(); i++) {
            if (DOCUMENT_NOUNS.contains(lower[i]) && tokens.get(i - 1).capitalised()) {
                // "the Belfer Center report", "The Global Firepower Report"
                int first = nameBackward(cues, i - 1);
                if (first <= i - 1) {
                    int last = tokens.get(i).capitalised() ? i : i - 1;
                    return Optional.of(source(cues, first, last, "report"));
                }
            }
        }
        for (int i = 1; i < tokens.size(); i++) {
            if (!Lexicon.REPORTING_VERBS.contains(lower[i]) || Lexicon.OPINION_VERBS.contains(lower[i])) {
                continue;
            }
            int end = i - 1;
            // skip adverbs, auxiliaries and asides: "as Minister Yeo Han-koo recently noted", "X, for example, has
            // signaled"
            while (end >= 0 && (lower[end].endsWith("ly") || AUXILIARIES.contains(lower[end]))) {
                end--;
            }
            if (end >= 0 && partOfName(cues, end) && !GENERIC_SUBJECTS.contains(lower[end])) {
                int first = nameBackward(cues, end);
                return Optional.of(source(cues, first, end, lower[i]));
            }
        }
        return Optional.empty();
    }

    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "also", "for", "example",
            "instance", "already", "not", "even");

    /** Capitalised, or the lower-case tail of a hyphenated name ("Han-koo"). */
    private static boolean partOfName(SentenceCues cues, int i) {
        Token token = cues.tokens().get(i);
        if (token.capitalised()) {
            return true;
        }
        return i > 0 && token.start() > 0 && cues.text().charAt(token.start() - 1) == '-'
                && cues.tokens().get(i - 1).end() == token.start() - 1 && cues.tokens().get(i - 1).capitalised();
    }

    private static int skip(String[] lower, int i, String... words) {
        Set<String> skippable = Set.of(words);
        while (i < lower.length && skippable.contains(lower[i])) {
            i++;
        }
        return i;
    }

    private static Optional<CitedSource> nameForward(SentenceCues cues, int from, String cue) {
        List<Token> tokens = cues.tokens();
        String[] lower = cues.lowerTokens();
        if (from >= tokens.size() || !tokens.get(from).capitalised()) {
            return Optional.empty();
        }
        int last = from;
        int i = from + 1;
        while (i < tokens.size()) {
            if (partOfName(cues, i) && !gap(cues, tokens.get(i - 1), tokens.get(i))) {
                last = i;
            } else if (!JOINERS.contains(lower[i]) || i + 1 >= tokens.size() || !tokens.get(i + 1).capitalised()) {
                break;
            }
            i++;
        }
        return Optional.of(source(cues, from, last, cue));
    }

    /** A comma or other punctuation between two capitalised words ends a name. */
    private static boolean gap(SentenceCues cues, Token previous, Token next) {
        String between = cues.text().substring(previous.end(), next.start());
        return !between.isBlank() && !between.equals("-") && !between.equals("’s ") && !between.equals("'s ");
    }

    private static int nameBackward(SentenceCues cues, int end) {
        List<Token> tokens = cues.tokens();
        String[] lower = cues.lowerTokens();
        int first = end;
        int i = end - 1;
        while (i >= 0) {
            if (partOfName(cues, i) && !GENERIC_SUBJECTS.contains(lower[i])) {
                first = i;
            } else if (!JOINERS.contains(lower[i]) || "the".equals(lower[i]) || i == 0
                    || !tokens.get(i - 1).capitalised()) {
                break;
            }
            i--;
        }
        return first;
    }

    private static CitedSource source(SentenceCues cues, int first, int last, String cue) {
        String[] lower = cues.lowerTokens();
        while (first < last && ("the".equals(lower[first]) || "a".equals(lower[first]))) {
            first++;
        }
        int start = cues.tokens().get(first).start();
        int end = cues.tokens().get(last).end();
        return new CitedSource(cues.text().substring(start, end), cue, start, end);
    }
}
