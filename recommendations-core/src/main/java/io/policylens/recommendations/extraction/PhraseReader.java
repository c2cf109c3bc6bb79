package io.policylens.recommendations.extraction;

import io.policylens.documents.annotation.EntityMention;
import io.policylens.documents.annotation.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A shallow noun-phrase reader for the phrase that names who should act: a modal's subject ("Doctors
 * who leave the NHS should ...") or the addressee after a reporting verb ("urged developed nations to").
 * It splits coordinations ("The Commission and gatekeepers"), keeps premodifier coordinations together
 * ("food and drinks manufacturers"), drops relative clauses and parentheses, finds the head noun (the
 * last word before a preposition) and decides whether the head is a party: a named country or body,
 * a group phrase, a pronoun, or a common noun that names people or organisations ({@link AgentNouns}).
 * A phrase headed by a thing ("Devolution", "The DPA program") names no actor; named parties inside it
 * ("Korea's fund", "cooperation between Korea and the US") are returned as weak candidates.
 */
final class PhraseReader {

    /** The parties a phrase names as its head, and weaker candidates named inside a phrase headed by a thing. */
    record Reading(List<Party> parties, List<Party> weak) {

        boolean empty() {
            return parties.isEmpty();
        }
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "all", "any", "these", "those", "this",
            "that", "such", "both", "each", "every", "our", "their", "its", "his", "her", "some", "many", "most",
            "also", "then", "instead", "however", "thus", "therefore", "now", "only", "even", "so", "and", "or", "but");

    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "within", "for", "from", "at", "on", "with",
            "across", "to", "by", "under", "over", "between", "among", "amongst", "into", "through", "about", "against",
            "beyond", "outside", "inside", "around", "like", "including", "via", "throughout", "without", "near",
            "after", "before", "during", "whose", "whom");

    /** Prepositions whose phrase says where or when, not which party: dropped from a normalised name. */
    private static final Set<String> CIRCUMSTANCES = Set.of("at", "in", "on", "during", "after", "before", "since",
            "throughout", "around", "near", "last", "this", "yesterday", "today");

    private static final Set<String> RELATIVES = Set.of("who", "which", "whose", "whom", "that", "where", "when");

    private static final Set<String> NOT_PARTIES = Set.of("you", "he", "she", "one", "i", "there", "this", "that",
            "what", "which", "who", "everyone", "everybody", "anyone", "someone", "nobody", "none", "us", "me", "him",
            "others", "other");

    private PhraseReader() {
    }

    /**
     * Reads {@code sentence[from, to)}.
     *
     * @param mentions gazetteer mentions of the sentence, offsets in the document
     * @param base     offset of the sentence in the document
     */
    static Reading read(String sentence, int from, int to, List<EntityMention> mentions, int base) {
        List<Party> parties = new ArrayList<>(2);
        List<Party> weak = new ArrayList<>(1);
        from = skipNoise(sentence, from, to);
        to = cutClauses(sentence, from, to);
        if (from >= to) {
            return new Reading(parties, weak);
        }
        List<ActorLexicon.Hit> hits = ActorLexicon.find(sentence, from, to);
        // Coordination is split before the head's post-modifier only: "the Group between Korea and the US" is one.
        int modifier = firstPreposition(sentence, from, to, hits);
        List<int[]> conjuncts = conjuncts(sentence, from, modifier, hits);
        if (!conjuncts.isEmpty()) {
            conjuncts.get(conjuncts.size() - 1)[1] = to;
        }
        for (int[] conjunct : conjuncts) {
            readConjunct(sentence, conjunct[0], conjunct[1], hits, mentions, base, parties, weak);
        }
        return new Reading(parties, weak);
    }

    /**
     * Reads the addressee that follows a cue ("it is crucial that <the two countries> work ...", "urges
     * <governments> to"): the phrase ends at the first verb-like word after its first word.
     */
    static Reading readAddressee(String sentence, int from, int to, List<EntityMention> mentions, int base) {
        int runEnd = actorRunEnd(sentence, skipDeterminers(sentence, from, to), to);
        if (runEnd > 0) {
            return read(sentence, from, runEnd, mentions, base);
        }
        int i = skipNoise(sentence, from, to);
        boolean first = true;
        while (i < to) {
            int end = Math.min(Words.wordEnd(sentence, i), to);
            if (end <= i) {
                i++;
                continue;
            }
            String word = Words.lower(sentence, i, end);
            if (!first && (VerbLexicon.IMPERATIVE.contains(word) && !VerbLexicon.NOUN_LIKE.contains(word)
                    || SubjectLocator.isVerbish(word) || CLAUSE_VERBS.contains(word))) {
                to = i;
                break;
            }
            first = false;
            i = end;
            while (i < to && !Words.isWordChar(sentence.charAt(i))) {
                i++;
            }
        }
        return read(sentence, from, to, mentions, base);
    }

    /** "Seoul and Washington share ...": the end of a run of named parties joined by "and" or commas, or -1. */
    private static int actorRunEnd(String sentence, int from, int to) {
        List<ActorLexicon.Hit> hits = ActorLexicon.find(sentence, from, to);
        if (hits.isEmpty() || hits.get(0).start() > from + 4) {
            return -1;
        }
        int end = hits.get(0).end();
        for (int h = 1; h < hits.size(); h++) {
            if (!sentence.substring(end, hits.get(h).start()).strip().matches("(?i),?\\s*(and|or|,)?\\s*(the)?")) {
                break;
            }
            end = hits.get(h).end();
        }
        int next = Words.nextWordStart(sentence, end);
        // the run is the whole phrase only when a verb-like word, not more noun, follows: "Seoul's plan" is not Seoul
        return next >= 0 && next < to && sentence.charAt(end) != '’' && sentence.charAt(end) != '\''
                && Character.isLowerCase(sentence.charAt(next)) && !PREPOSITIONS.contains(Words.lower(sentence, next,
                Words.wordEnd(sentence, next))) ? end : -1;
    }

    private static final Set<String> CLAUSE_VERBS = Set.of("act", "take", "make", "do", "get", "give", "keep", "go",
            "put", "try", "aim", "begin", "stop", "meet", "move", "step", "play", "agree", "submit", "reach",
            "pursue", "ensure", "consider", "seek");

    private static void readConjunct(String sentence, int from, int to, List<ActorLexicon.Hit> hits,
                                     List<EntityMention> mentions, int base, List<Party> parties, List<Party> weak) {
        int conjunctStart = from;
        int conjunctEnd = to;
        from = skipDeterminers(sentence, from, to);
        to = trimEnd(sentence, from, to);
        if (from >= to) {
            return;
        }
        int headEnd = headEnd(sentence, from, to, hits);
        int headStart = Words.wordStartBefore(sentence, headEnd);
        String head = headStart < from || headStart < 0 ? "" : sentence.substring(headStart, headEnd);
        head = stripPossessive(head);
        for (ActorLexicon.Hit hit : hits) {
            if (hit.start() >= conjunctStart && hit.end() <= conjunctEnd && hit.end() >= headEnd - 1
                    && hit.start() < headEnd) {
                parties.add(fromHit(hit));
                return;
            }
        }
        for (EntityMention mention : mentions) {
            int start = mention.start() - base;
            int end = mention.end() - base;
            if (start >= conjunctStart && end <= to && end >= headEnd - 1 && start < headEnd
                    && isBody(mention.type())) {
                parties.add(Party.named(ActorLexicon.canonical(mention.name()), start));
                return;
            }
        }
        // Parties named inside the phrase are candidates only: "Korea's fund could be tapped", "U.S. investors",
        // "cooperation between Korea and the US" - but not "reducing China's dominance".
        int accepted = -1;
        for (ActorLexicon.Hit hit : hits) {
            if (hit.start() < conjunctStart || hit.end() > conjunctEnd || hit.kind() != ActorLexicon.Kind.NAMED) {
                continue;
            }
            int prev = Words.wordStartBefore(sentence, hit.start());
            String previous = prev < 0 ? "" : Words.lower(sentence, prev, Words.wordEnd(sentence, prev));
            boolean joined = accepted >= 0 && sentence.substring(accepted, hit.start()).strip()
                    .matches("(?i),?\\s*(and|,)?\\s*(the)?");
            if (hit.start() <= from || previous.equals("between") || previous.equals("among") || joined) {
                weak.add(Party.named(hit.name(), hit.start()));
                accepted = hit.end();
            }
        }
        if (NOT_PARTIES.contains(head.toLowerCase(Locale.ROOT))) {
            return;
        }
        if (AgentNouns.isAgent(head)) {
            parties.add(new Party(Party.Type.AGENT, normalise(sentence, from, to, headEnd), AgentNouns.isPlural(head),
                    from));
        }
    }

    private static boolean isBody(EntityType type) {
        return type == EntityType.COUNTRY || type == EntityType.ORGANISATION || type == EntityType.INSTITUTION;
    }

    private static Party fromHit(ActorLexicon.Hit hit) {
        return switch (hit.kind()) {
            case NAMED -> Party.named(hit.name(), hit.start());
            case US_STATES -> Party.named(hit.name(), hit.start());
            case LEGISLATORS -> Party.of(Party.Type.LEGISLATURE, hit.start());
            case GOVERNMENT -> Party.of(Party.Type.GOVERNMENT, hit.start());
            case PAIR -> Party.of(Party.Type.PAIR, hit.start());
            case TRIO -> Party.of(Party.Type.TRIO, hit.start());
            case AUTHOR -> Party.of(Party.Type.AUTHOR, hit.start());
            case COMMISSION -> Party.of(Party.Type.COMMISSION, hit.start());
            case PRONOUN -> new Party(Party.Type.PRONOUN, null, hit.end() - hit.start() > 2, hit.start());
        };
    }

    /** Quotes, markers and dashes that open the phrase are not part of it. */
    private static int skipNoise(String sentence, int from, int to) {
        while (from < to && !Character.isLetterOrDigit(sentence.charAt(from))) {
            from++;
        }
        return from;
    }

    /** The phrase ends before a relative clause, a parenthesis, a dash or a quoted infinitive. */
    private static int cutClauses(String sentence, int from, int to) {
        int i = from;
        while (i < to) {
            char c = sentence.charAt(i);
            if (c == '(' || c == '—' || c == '[' || c == ';' || c == ':' || c == '\\' && i + 1 < to
                    && sentence.charAt(i + 1) == '(') {
                return i;
            }
            if (Character.isLetter(c) && (i == 0 || !Words.isWordChar(sentence.charAt(i - 1)))) {
                int end = Words.wordEnd(sentence, i);
                String word = Words.lower(sentence, i, Math.min(end, to));
                if (i > from && RELATIVES.contains(word)) {
                    return i;
                }
                i = end;
                continue;
            }
            i++;
        }
        return to;
    }

    /**
     * The conjuncts of a coordination. "and", "or", commas and "as well as" separate parties, except in a
     * premodifier coordination, where a lone singular word leads ("food and drinks manufacturers",
     * "state and local leaders"); separators inside a named hit ("Trinidad and Tobago") do not count.
     */
    private static List<int[]> conjuncts(String sentence, int from, int to, List<ActorLexicon.Hit> hits) {
        List<int[]> parts = new ArrayList<>(2);
        int start = from;
        int i = from;
        while (i < to) {
            ActorLexicon.Hit inside = hitAt(hits, i);
            if (inside != null) {
                i = inside.end();
                continue;
            }
            int separatorEnd = separatorEnd(sentence, i, to);
            if (separatorEnd > 0) {
                if (i > start && !premodifier(sentence, start, i, hits)) {
                    parts.add(new int[] {start, i});
                    start = separatorEnd;
                }
                i = separatorEnd;
                continue;
            }
            i++;
        }
        if (start < to) {
            parts.add(new int[] {start, to});
        }
        return parts;
    }

    private static ActorLexicon.Hit hitAt(List<ActorLexicon.Hit> hits, int i) {
        for (ActorLexicon.Hit hit : hits) {
            if (hit.start() <= i && i < hit.end() && hit.start() != i) {
                return hit;
            }
        }
        return null;
    }

    /** End of a separator ("," / " and " / " or " / " as well as " / " along with ") starting at i, else -1. */
    private static int separatorEnd(String sentence, int i, int to) {
        char c = sentence.charAt(i);
        if (c == ',' || c == '&') {
            int end = i + 1;
            int next = Words.nextWordStart(sentence, end);
            if (next >= 0 && next < to && Words.lower(sentence, next,
                    Words.wordEnd(sentence, next)).matches("and|or")) {
                end = Words.wordEnd(sentence, next);
            }
            return end;
        }
        if (!Character.isWhitespace(c)) {
            return -1;
        }
        int next = Words.nextWordStart(sentence, i);
        if (next < 0 || next >= to) {
            return -1;
        }
        String word = Words.lower(sentence, next, Words.wordEnd(sentence, next));
        if (word.equals("and") || word.equals("or")) {
            return Words.wordEnd(sentence, next);
        }
        for (String phrase : List.of("as well as", "along with", "together with")) {
            if (sentence.regionMatches(true, next, phrase, 0, phrase.length())) {
                return next + phrase.length();
            }
        }
        return -1;
    }

    /** A lone singular word before "and" modifies the head after it: "health and social care staff". */
    private static boolean premodifier(String sentence, int from, int to, List<ActorLexicon.Hit> hits) {
        int start = skipNoise(sentence, from, to);
        int end = trimEnd(sentence, start, to);
        if (start >= end || Words.countWords(sentence.substring(start, end)) != 1) {
            return false;
        }
        for (ActorLexicon.Hit hit : hits) {
            if (hit.start() < end && start < hit.end()) {
                return false;
            }
        }
        String word = sentence.substring(start, end);
        return !AgentNouns.isPlural(word) && !AgentNouns.isAcronym(word);
    }

    private static int skipDeterminers(String sentence, int from, int to) {
        int i = skipNoise(sentence, from, to);
        while (i < to) {
            int end = Words.wordEnd(sentence, i);
            if (end <= i || !DETERMINERS.contains(Words.lower(sentence, i, end))) {
                return i;
            }
            int next = Words.nextWordStart(sentence, end);
            if (next < 0 || next >= to) {
                return i; // "those" alone is the phrase
            }
            i = skipNoise(sentence, next, to);
        }
        return i;
    }

    private static int trimEnd(String sentence, int from, int to) {
        while (to > from && !Character.isLetterOrDigit(sentence.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    private static int firstPreposition(String sentence, int from, int to, List<ActorLexicon.Hit> hits) {
        int end = headEnd(sentence, from, to, hits);
        int next = Words.nextWordStart(sentence, end);
        return next > end && next < to && PREPOSITIONS.contains(Words.lower(sentence, next,
                Words.wordEnd(sentence, next)))
                ? next : to;
    }

    /** End of the head noun: the last word before the first preposition outside a named hit. */
    private static int headEnd(String sentence, int from, int to, List<ActorLexicon.Hit> hits) {
        int i = from;
        int lastWordEnd = from;
        while (i < to) {
            ActorLexicon.Hit hit = hitStartingAt(hits, i);
            if (hit != null) {
                lastWordEnd = Math.min(hit.end(), to);
                i = hit.end();
                continue;
            }
            if (Words.isWordChar(sentence.charAt(i)) && (i == 0 || !Words.isWordChar(sentence.charAt(i - 1)))) {
                int end = Math.min(Words.wordEnd(sentence, i), to);
                String word = Words.lower(sentence, i, end);
                if (i > from && PREPOSITIONS.contains(word)) {
                    return lastWordEnd;
                }
                lastWordEnd = end;
                i = end;
                continue;
            }
            i++;
        }
        return trimEnd(sentence, from, lastWordEnd);
    }

    private static ActorLexicon.Hit hitStartingAt(List<ActorLexicon.Hit> hits, int i) {
        for (ActorLexicon.Hit hit : hits) {
            if (hit.start() == i) {
                return hit;
            }
        }
        return null;
    }

    private static String stripPossessive(String word) {
        if (word.endsWith("’s") || word.endsWith("'s")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("’") || word.endsWith("'")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /**
     * The phrase as an addressee name: determiners, quotes and line breaks gone; a capital that only
     * marks the sentence start lowered ("Doctors" → "doctors", but "European Commission" kept); the
     * post-modifier kept when short ("organisations within the STP").
     */
    private static String normalise(String sentence, int from, int to, int headEnd) {
        String phrase = sentence.substring(from, to);
        int next = Words.nextWordStart(sentence, headEnd);
        if (Words.countWords(phrase) > 6 || next >= 0 && next < to
                && CIRCUMSTANCES.contains(Words.lower(sentence, next, Words.wordEnd(sentence, next)))) {
            phrase = sentence.substring(from, headEnd); // "municipalities at the meeting": where, not who
        }
        phrase = phrase.replaceAll("[‘’“”\"*_]", "").replaceAll("\\\\", "").replaceAll("\\s+", " ").strip();
        String[] words = phrase.split(" ");
        boolean onlyFirstCapitalised = words.length > 0 && !words[0].isEmpty()
                && Character.isUpperCase(words[0].charAt(0))
                && words[0].substring(1).equals(words[0].substring(1).toLowerCase(Locale.ROOT));
        for (int w = 1; w < words.length && onlyFirstCapitalised; w++) {
            if (!words[w].isEmpty() && Character.isUpperCase(words[w].charAt(0))) {
                onlyFirstCapitalised = false;
            }
        }
        if (onlyFirstCapitalised) {
            phrase = Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1);
        }
        return phrase;
    }
}
