package io.policylens.recommendations.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the subject of a modal without a parser: the clause that holds the modal starts after the last
 * clause boundary (punctuation or a subordinating word); when that stretch also holds a verb, the
 * subject is only the noun phrase right before the modal. Good enough for "X should", "While A, B
 * should", "... tempts analysts to argue that Korea must", "... work with the US and Korea must do the same".
 */
final class SubjectLocator {

    /** Words that open a new clause; the subject of a later modal cannot reach back past them. */
    static final Set<String> CLAUSE_WORDS = Set.of("but", "that", "while", "whereas", "although", "though", "because",
            "since", "if", "so", "yet", "whether", "where", "when", "which", "who", "what", "how", "why", "unless",
            "until", "once", "as", "and", "or", "then", "thus", "hence", "therefore", "however", "instead");

    /** Words that open an adverbial clause, which ends before a main clause's pronoun subject. */
    private static final Set<String> SUBORDINATORS = Set.of("when", "if", "once", "because", "since", "while",
            "although", "though", "unless", "until", "as", "whereas");

    /** Words that show the stretch before a modal is more than a noun phrase. */
    private static final Set<String> VERBISH = Set.of("is", "are", "was", "were", "be", "been", "being", "has", "have",
            "had", "do", "does", "did", "will", "would", "can", "could", "may", "might", "shall", "should", "must",
            "to", "continue", "continues", "remain", "remains", "argue", "argues", "tempts", "says", "said", "believe",
            "believes", "think", "thinks", "seem", "seems", "means", "work", "works", "need", "needs", "want", "wants",
            "expect", "expects", "hope", "hopes", "plan", "plans", "intend", "intends", "appear", "appears", "helps",
            "makes", "made", "become", "becomes", "shows", "showed", "suggests", "suggested", "notes", "noted");

    /** Words a subject noun phrase does not contain when it follows a verb. */
    private static final Set<String> NP_STOPS = Set.of("with", "from", "to", "in", "on", "at", "for", "by", "against",
            "toward", "towards", "into", "over", "under", "than", "about", "through", "among", "across", "after",
            "before", "beyond", "via", "like", "within", "without", "amid", "despite", "between", "upon");

    private SubjectLocator() {
    }

    static Subject locate(String sentence, int modalStart) {
        return locate(sentence, modalStart, 0);
    }

    private static Subject locate(String sentence, int modalStart, int depth) {
        int clauseStart = 0;
        String clauseWord = "";
        int i = modalStart;
        int subjectEnd = modalStart;
        // Walk back word by word to the clause boundary.
        while (i > 0) {
            char c = sentence.charAt(i - 1);
            if (c == ')') {
                // "they (or their employer) must": a parenthesis inside the subject is skipped, not a boundary.
                int open = sentence.lastIndexOf('(', i - 1);
                if (open >= 0 && open > sentence.lastIndexOf(')', i - 2) && i - open < 80) {
                    i = open > 0 && sentence.charAt(open - 1) == '\\' ? open - 1 : open;
                    continue;
                }
            }
            if ((c == '—' || c == '–') && sentence.substring(i, modalStart).isBlank()) {
                // "gatekeepers – platforms such as X – must": a dash pair closing right before the modal encloses an
                // aside on the subject, which ends before it.
                int open = sentence.lastIndexOf(c, i - 2);
                if (open > 0 && i - open < 200) {
                    i = open;
                    subjectEnd = open;
                    continue;
                }
            }
            if (c == ';' || c == ':' || c == '(' || c == ')' || c == '—' || c == '"' || c == '“' || c == '”'
                    || c == '–' && i >= 2 && Character.isWhitespace(sentence.charAt(i - 2))) {
                clauseStart = i;
                break;
            }
            if (c == ',') {
                if (!commaJoinsActorList(sentence, i - 1, modalStart)) {
                    clauseStart = i;
                    break;
                }
                i--;
                continue;
            }
            if (Words.isWordChar(c)) {
                int start = i;
                while (start > 0 && Words.isWordChar(sentence.charAt(start - 1))) {
                    start--;
                }
                String word = sentence.substring(start, i).toLowerCase(Locale.ROOT);
                if (CLAUSE_WORDS.contains(word) && !(word.equals("and")
                        && andJoinsNounPhrases(sentence, start, i, modalStart))
                        && !(word.equals("as") && isSuchAs(sentence, start))) {
                    clauseStart = i;
                    clauseWord = word;
                    break;
                }
                if (SAYING.contains(word) && i < modalStart) {
                    // "Dr Branca said food manufacturers should": a verb of saying opens a clause without "that".
                    clauseStart = i;
                    clauseWord = "that";
                    break;
                }
                i = start;
                continue;
            }
            i--;
        }
        int pronoun = Words.wordStartBefore(sentence, modalStart);
        if (pronoun > clauseStart && PERSONAL_PRONOUNS.contains(Words.lower(sentence, pronoun,
                Words.wordEnd(sentence, pronoun)))
                && !"and".equals(wordBefore(sentence, pronoun)) && !"or".equals(wordBefore(sentence, pronoun))) {
            // "To retain teachers and other staff we must": a personal pronoun before the modal is the whole subject.
            if (SUBORDINATORS.contains(clauseWord) && Words.nextWordStart(sentence, clauseStart) < pronoun) {
                clauseWord = ""; // "when rivals exploited our openness we must": the clause ended without a comma
            }
            clauseStart = pronoun;
        }
        int from = skipSpaces(sentence, clauseStart);
        int to = trimEnd(sentence, subjectEnd);
        if (depth < 2 && from < to && opensRelativeClause(sentence, clauseWord, clauseStart)) {
            // "Doctors who leave the NHS should repay": the relative clause belongs to the subject before it.
            int relativeStart = Words.wordStartBefore(sentence, clauseStart);
            Subject outer = locate(sentence, relativeStart, depth + 1);
            if (!outer.empty()) {
                return new Subject(outer.start(), to, outer.clauseWord(), false);
            }
        }
        if (from >= to) {
            return new Subject(from, from, clauseWord, clauseWord.equals("that") || clauseWord.equals("which")
                    || clauseWord.equals("who"));
        }
        if (!containsVerbish(sentence, from, to) && !startsWithPreposition(sentence, from)) {
            return new Subject(from, to, clauseWord, false);
        }
        return nounPhraseBefore(sentence, from, to, clauseWord);
    }

    /** True for "who"/"which" (and "that" after a party noun) when the walk back stopped at a relative pronoun. */
    private static boolean opensRelativeClause(String sentence, String clauseWord, int clauseStart) {
        if (!(clauseWord.equals("who") || clauseWord.equals("which") || clauseWord.equals("that"))) {
            return false;
        }
        int relativeStart = Words.wordStartBefore(sentence, clauseStart);
        int prev = relativeStart < 0 ? -1 : Words.wordStartBefore(sentence, relativeStart);
        if (prev < 0) {
            return false;
        }
        String word = sentence.substring(prev, Words.wordEnd(sentence, prev));
        if (clauseWord.equals("that")) {
            return AgentNouns.isAgent(word) && AgentNouns.isPlural(word);
        }
        return !CLAUSE_WORDS.contains(word.toLowerCase(Locale.ROOT))
                && !VERBISH.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isVerbish(String lowerWord) {
        return VERBISH.contains(lowerWord);
    }

    private static final Set<String> PERSONAL_PRONOUNS = Set.of("we", "they", "it", "i", "you", "he", "she");

    private static String wordBefore(String sentence, int wordStart) {
        int prev = Words.wordStartBefore(sentence, wordStart);
        return prev < 0 ? "" : Words.lower(sentence, prev, Words.wordEnd(sentence, prev));
    }

    /** Verbs of saying and thinking that introduce a reported clause without "that". */
    private static final Set<String> SAYING = Set.of("said", "says", "say", "warned", "warns", "argued", "argues",
            "added", "adds", "stressed", "insisted", "insists", "noted", "claimed", "claims", "believes", "believe",
            "thinks", "think", "told", "suggested", "recommended", "urged", "explained", "wrote", "writes", "concluded",
            "concludes", "agreed", "agrees", "maintained", "maintains", "contended", "contends", "feel", "feels",
            "felt", "acknowledged", "declared", "declares", "stated");

    /**
     * "and" does not open a clause when a short noun phrase without a verb follows it up to the modal:
     * "The United States and its allies should", "state and local leaders must".
     */
    private static boolean andJoinsNounPhrases(String sentence, int andStart, int andEnd, int modalStart) {
        if (andJoinsActors(sentence, andStart, andEnd)) {
            return true;
        }
        int to = trimEnd(sentence, modalStart);
        if (andEnd >= to) {
            return false;
        }
        String between = sentence.substring(andEnd, to);
        return Words.countWords(between) <= 5 && !containsVerbish(sentence, andEnd, to)
                && between.chars().noneMatch(ch -> ch == ',' || ch == ';');
    }

    private static boolean startsWithPreposition(String sentence, int from) {
        int start = Words.nextWordStart(sentence, from);
        return start >= 0 && NP_STOPS.contains(Words.lower(sentence, start, Words.wordEnd(sentence, start)));
    }

    /** "and" between two actor names ("Washington and Seoul") does not open a clause. */
    private static boolean andJoinsActors(String sentence, int andStart, int andEnd) {
        List<ActorLexicon.Hit> before = ActorLexicon.find(sentence, Math.max(0, andStart - 40), andStart);
        if (before.isEmpty() || !sentence.substring(before.get(before.size() - 1).end(),
                andStart).strip().matches(",?")) {
            return false;
        }
        int next = Words.nextWordStart(sentence, andEnd);
        if (next < 0) {
            return false;
        }
        List<ActorLexicon.Hit> after = ActorLexicon.find(sentence, next, Math.min(sentence.length(), next + 40));
        return !after.isEmpty() && sentence.substring(andEnd, after.get(0).start()).strip().matches("(?i)(the)?");
    }

    private static boolean isSuchAs(String sentence, int asStart) {
        int prev = Words.wordStartBefore(sentence, asStart);
        return prev >= 0 && sentence.substring(prev, Words.wordEnd(sentence, prev)).equalsIgnoreCase("such");
    }

    /** "South Korea, Japan, and the U.S. should": commas inside a list of actors do not end the subject. */
    private static boolean commaJoinsActorList(String sentence, int comma, int modalStart) {
        int segmentStart = comma;
        while (segmentStart > 0 && ",;:(".indexOf(sentence.charAt(segmentStart - 1)) < 0) {
            segmentStart--;
        }
        return (isActorList(sentence, segmentStart, comma) || isActorList(sentence, afterPlacePreposition(sentence,
                segmentStart, comma), comma)) && isActorList(sentence, comma + 1, modalStart);
    }

    private static final java.util.regex.Pattern PLACE_PREPOSITION = java.util.regex.Pattern.compile(
            "(?i)(?<![\\p{L}])(?:in|across|within|throughout|outside|at)\\s+");

    /** "Shipyards in Japan, Korea and Europe": the places a noun is in form one list with it. */
    private static int afterPlacePreposition(String sentence, int from, int to) {
        java.util.regex.Matcher m = PLACE_PREPOSITION.matcher(sentence).region(from, to);
        return m.find() && m.start() > from ? m.end() : to;
    }

    private static boolean isActorList(String sentence, int from, int to) {
        if (from >= to) {
            return false;
        }
        List<ActorLexicon.Hit> hits = ActorLexicon.find(sentence, from, to);
        if (hits.isEmpty()) {
            return false;
        }
        StringBuilder rest = new StringBuilder();
        int at = from;
        for (ActorLexicon.Hit hit : hits) {
            rest.append(sentence, at, hit.start()).append(' ');
            at = hit.end();
        }
        rest.append(sentence, at, to);
        return rest.toString().replaceAll("(?i)\\b(and|the|both|also|as well as)\\b|[,\\s]", "").isEmpty();
    }

    private static boolean containsVerbish(String sentence, int from, int to) {
        int i = from;
        while (i < to) {
            int start = Words.nextWordStart(sentence, i);
            if (start < 0 || start >= to) {
                i++;
                continue;
            }
            int end = Words.wordEnd(sentence, start);
            if (VERBISH.contains(sentence.substring(start, Math.min(end, to)).toLowerCase(Locale.ROOT))) {
                return true;
            }
            i = end;
        }
        return false;
    }

    /** The noun phrase ending at {@code to}; when it was cut short by a verb or preposition, "A and B" keeps only B. */
    private static Subject nounPhraseBefore(String sentence, int from, int to, String clauseWord) {
        List<ActorLexicon.Hit> hits = ActorLexicon.find(sentence, from, to);
        int i = to;
        int lastAnd = -1;
        boolean stopped = false;
        boolean onlyActors = true;
        while (i > from) {
            ActorLexicon.Hit hit = hitEndingAt(hits, i);
            if (hit != null) {
                i = hit.start();
                i = skipSpacesBack(sentence, i, from);
                continue;
            }
            int start = Words.wordStartBefore(sentence, i);
            if (start < 0 || start < from) {
                stopped = true;
                break;
            }
            String word = sentence.substring(start, Words.wordEnd(sentence, start)).toLowerCase(Locale.ROOT);
            boolean joiner = word.equals("and") || word.equals("the") || word.equals("both");
            if (onlyActors && i < to && !joiner && !VERBISH.contains(word) && !NP_STOPS.contains(word)
                    && !CLAUSE_WORDS.contains(word)) {
                // "of tech policy the United States and South Korea should": a run of actor names is the phrase.
                break;
            }
            onlyActors &= joiner;
            if (VERBISH.contains(word) || NP_STOPS.contains(word) || CLAUSE_WORDS.contains(word)
                    && !word.equals("and")) {
                stopped = true;
                break;
            }
            if (word.equals("and")) {
                lastAnd = Words.wordEnd(sentence, start);
            }
            i = skipSpacesBack(sentence, start, from);
        }
        int npStart = skipSpaces(sentence, i);
        if (stopped && lastAnd > 0) {
            npStart = skipSpaces(sentence, lastAnd);
        }
        return new Subject(npStart, to, clauseWord, false);
    }

    private static ActorLexicon.Hit hitEndingAt(List<ActorLexicon.Hit> hits, int end) {
        for (ActorLexicon.Hit hit : hits) {
            if (hit.end() == end) {
                return hit;
            }
        }
        return null;
    }

    private static int skipSpaces(String sentence, int i) {
        while (i < sentence.length() && Character.isWhitespace(sentence.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSpacesBack(String sentence, int i, int floor) {
        while (i > floor && Character.isWhitespace(sentence.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int trimEnd(String sentence, int i) {
        while (i > 0 && Character.isWhitespace(sentence.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
