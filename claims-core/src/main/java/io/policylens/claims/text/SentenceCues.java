package io.policylens.claims.text;

import io.policylens.claims.text.Tokens.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static io.policylens.claims.text.Lexicon.words;

/**
 * The linguistic cues of one sentence, computed once and shared by the model features, the claim
 * decision and the claim type. Everything here is a cheap pass over the tokens: extraction must run at
 * thousands of sentences per second.
 */
public final class SentenceCues {

    private final String text;
    private final List<Token> tokens;
    private final String[] lower;

    private final List<String> hedgeCues = new ArrayList<>();
    private int possibilityModals;
    private int future;
    private int normative;
    private int reporting;
    private int opinionVerbs;
    private int projection;
    private int ranking;
    private int ordinals;
    private int comparison;
    private int causal;
    private int evaluative;
    private int pastVerbs;
    private int perfect;
    private int firstPerson;
    private int secondPerson;
    private int numbers;
    private int years;
    private int months;
    private int timeWords;
    private int percent;
    private int money;
    private int properNouns;
    private int selfReference;
    private int namedActions;
    private int copularEvaluations;
    private boolean abstractSubject;
    private int trends;
    private boolean hedgeOnlyInContrastClause;
    private boolean discourseEnumerator;
    private boolean accordingTo;
    private boolean question;
    private boolean terminalPunctuation;
    private boolean[] inLink;
    private int seemHedges;
    private int helpPredictions;
    private boolean hypotheticalWould;
    private boolean quotedSpeech;
    private boolean describesDocument;
    private boolean planStatement;
    private boolean reportedFinding;
    private boolean reportedOpinion;
    private int firstPersonActs;
    private int recordLevels;
    private int explicitComparisons;
    private int stances;
    private int effectVerbs;
    private int commitments;
    private int legalStatus;
    private int scheduledEvents;

    private SentenceCues(String text) {
        this.text = text;
        this.tokens = Tokens.tokenize(text);
        this.lower = new String[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            lower[i] = tokens.get(i).lower();
        }
        scan();
    }

    public static SentenceCues of(String text) {
        return new SentenceCues(text);
    }

    private void scan() {
        String trimmed = text.strip();
        question = trimmed.endsWith("?") || trimmed.endsWith("?”") || trimmed.endsWith("?\"");
        terminalPunctuation = endsWithTerminal(trimmed);
        inLink = linkTokens();
        for (int i = 0; i < lower.length; i++) {
            if (inLink[i]) {
                continue; // a URL's digits and words are an address, not the sentence's content
            }
            String word = lower[i];
            Token token = tokens.get(i);
            if (isSeemHedge(i)) {
                seemHedges++;
            }
            if (isHelpPrediction(i)) {
                helpPredictions++;
            }
            if (Lexicon.HEDGES.contains(word) && !isPrepositionNotApproximator(i)) {
                hedgeCues.add(word);
            }
            if (Lexicon.POSSIBILITY_MODALS.contains(word) && !mayAsMonth(i) && !comparedLikelihood(i)) {
                possibilityModals++;
            }
            if (Lexicon.FUTURE.contains(word) || "going".equals(word) && "to".equals(at(i + 1))
                    && !"be".equals(at(i + 2))) {
                future++;
            }
            if (isNormative(i)) {
                normative++;
            }
            if (Lexicon.REPORTING_VERBS.contains(word)) {
                reporting++;
            }
            if (Lexicon.OPINION_VERBS.contains(word)) {
                opinionVerbs++;
            }
            // "required to agree to arbitration": an infinitive names an act, not anyone's stance
            if (Lexicon.OPINION_VERBS.contains(word) && !"to".equals(at(i - 1)) && !isPrepositionLike(i)) {
                stances++;
            }
            if (Lexicon.PROJECTION_VERBS.contains(word)) {
                projection++;
            }
            if (Lexicon.RANKING_WORDS.contains(word) || isSuperlative(word) || isRecordLevel(i)) {
                ranking++;
            }
            if (isRecordLevel(i)) {
                recordLevels++;
            }
            if (isOrdinal(word)) {
                ordinals++;
            }
            if (Lexicon.COMPARISON_WORDS.contains(word) && !("many".equals(word) && !"as".equals(at(i - 1)))
                    || isComparative(i)) {
                comparison++;
            }
            if (isScheduledEvent(i)) {
                scheduledEvents++;
            }
            if (isLegalStatus(i)) {
                legalStatus++;
            }
            if (isCommitment(i)) {
                commitments++;
            }
            if (isEffectVerb(i)) {
                effectVerbs++;
            }
            if (isExplicitComparison(i)) {
                explicitComparisons++;
            }
            if (Lexicon.CAUSAL_WORDS.contains(word)) {
                causal++;
            }
            if (Lexicon.EVALUATIVE.contains(word) && !token.capitalised() && !isRecordLevel(i)) {
                evaluative++;
            }
            if (isPastVerb(i)) {
                pastVerbs++;
            }
            if (("has".equals(word) || "have".equals(word) || "had".equals(word)) && participleFollows(i)) {
                perfect++;
            }
            if (Lexicon.FIRST_PERSON.contains(word) && !"US".equals(token.text())) {
                firstPerson++;
                if (isFirstPersonAct(i)) {
                    firstPersonActs++;
                }
            }
            if (Lexicon.SECOND_PERSON.contains(word)) {
                secondPerson++;
            }
            if (token.numeric()) {
                if (isYear(token.text())) {
                    years++;
                } else if (!isOrdinal(word)) {
                    numbers++;
                }
            }
            if (Lexicon.MONTHS.contains(word) && !"may".equals(word) && token.capitalised()) {
                months++;
            }
            if (Lexicon.TIME_WORDS.contains(word)) {
                timeWords++;
            }
            if ("%".equals(word) || "percent".equals(word) || "per".equals(word) && "cent".equals(at(i + 1))) {
                percent++;
            }
            if ("$".equals(word) || "€".equals(word) || "£".equals(word) || "₩".equals(word) || "dollars".equals(word)
                    || "billion".equals(word) || "million".equals(word) || "trillion".equals(word)) {
                money++;
            }
            if (i > 0 && token.capitalised() && !token.numeric() && !"I".equals(token.text())) {
                properNouns++;
            }
            if (("this".equals(word) || "the".equals(word) && i == 0 || "our".equals(word))
                    && (Lexicon.SELF_REFERENCE.contains(at(i + 1)) || Lexicon.SELF_REFERENCE.contains(at(i + 2)))) {
                selfReference++;
            }
            if ("according".equals(word) && "to".equals(at(i + 1))) {
                accordingTo = true;
            }
            if ((isProgressive(i) || isPerfectParticiple(i)) && namedWithin(i + 1, 5)) {
                namedActions++;
            }
            if (Lexicon.TREND_VERBS.contains(word) && isProgressive(i) && !"behind".equals(at(i + 1))) {
                trends++;
            }
            if (isCopularEvaluation(i)) {
                copularEvaluations++;
            }
        }
        discourseEnumerator = isDiscourseEnumerator();
        hypotheticalWould = isHypotheticalWould();
        quotedSpeech = isQuotedSpeech(trimmed);
        describesDocument = isDocumentDescription();
        planStatement = isPlanStatement();
        reportedFinding = isReportedFinding();
        reportedOpinion = isReportedOpinion();
        abstractSubject = isAbstractSubject();
        hedgeOnlyInContrastClause = possibilityModals > 0 && isHedgeOnlyInContrastClause();
    }


    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile(
            "https?://[^\\s)\\]>]+|www\\.[^\\s)\\]>]+|\\]\\([^)\\s]*\\)");

    /** Tokens inside a URL or a markdown link target. */
    private boolean[] linkTokens() {
        boolean[] marks = new boolean[tokens.size()];
        if (text.indexOf("://") < 0 && text.indexOf("www.") < 0 && text.indexOf("](") < 0) {
            return marks;
        }
        var matcher = LINK.matcher(text);
        while (matcher.find()) {
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                if (token.start() >= matcher.start() && token.end() <= matcher.end()) {
                    marks[i] = true;
                }
            }
        }
        return marks;
    }

    /** Whether token {@code i} is part of a URL or link target (not words of the sentence). */
    public boolean inLink(int i) {
        return inLink[i];
    }

    private static final Set<String> NOT_HEDGED_APPEARANCE = words("in", "on", "at", "before", "as", "with",
            "alongside", "among", "within", "under", "throughout", "across", "first", "twice", "once", "only");

    /** "seems to have", "it seemed clear", "appears reasonable": the author hedges the whole statement (C2). */
    private boolean isSeemHedge(int i) {
        String word = lower[i];
        if ("seem".equals(word) || "seems".equals(word) || "seemed".equals(word)) {
            return true;
        }
        if ("appear".equals(word) || "appears".equals(word) || "appeared".equals(word)) {
            String next = at(i + 1);
            return !next.isEmpty() && !NOT_HEDGED_APPEARANCE.contains(next) && !Character.isDigit(next.charAt(0))
                    && !tokens.get(i + 1).capitalised();
        }
        return false;
    }

    private static final Set<String> HELP_MODALS = words("will", "would", "could", "can", "may", "might", "'ll",
            "should");

    /**
     * "X will help ...", "would help ensure": a statement that an action helps is a prediction, not a record (C4, R7).
     */
    private boolean isHelpPrediction(int i) {
        String word = lower[i];
        if (!"help".equals(word) && !"helps".equals(word)) {
            return false;
        }
        int j = i - 1;
        while (j >= 0 && (lower[j].endsWith("ly") || "also".equals(lower[j]) || "further".equals(lower[j])
                || "greatly".equals(lower[j]) || "ultimately".equals(lower[j]))) {
            j--;
        }
        return j >= 0 && HELP_MODALS.contains(lower[j]);
    }

    /** Verbs after which a "would" is someone else's stated intention or forecast (C4), not the author's hypothesis. */
    private static final Set<String> INTENTION_VERBS = words("suggest", "suggests", "suggested", "promised",
            "promises", "pledged", "pledges", "vowed", "vows", "threatened", "threatens", "hinted", "planned",
            "intended", "confirmed", "agreed", "decided", "ruled", "insisted", "signalled", "signaled");

    /**
     * "The revenue would come...", "this would be invaluable": the author's own hypothetical, unless the "would"
     * reports someone's statement ("Labour said it would...") or proposes an action for a named actor (R7).
     */
    private boolean isHypotheticalWould() {
        if (isConditionalPrediction()) {
            return true;
        }
        for (int i = 0; i < lower.length; i++) {
            if (!"would".equals(lower[i])) {
                continue;
            }
            if ("be".equals(at(i + 1)) && "for".equals(at(i + 2))) {
                return false;
            }
            for (int j = 0; j < i; j++) {
                if (Lexicon.REPORTING_VERBS.contains(lower[j]) || INTENTION_VERBS.contains(lower[j])
                        || Lexicon.PROJECTION_VERBS.contains(lower[j]) || "according".equals(lower[j])) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * "If any action is taken, it will more likely be in 2025": a prediction under the author's own condition is
     * as hypothetical as "would" (C2, C5); a reported one ("..., the ministry said") is judged as reported.
     */
    private boolean isConditionalPrediction() {
        if (lower.length == 0 || !"if".equals(lower[0]) && !"unless".equals(lower[0])) {
            return false;
        }
        for (int i = 1; i < lower.length; i++) {
            if (Lexicon.REPORTING_VERBS.contains(lower[i]) || "according".equals(lower[i])) {
                return false;
            }
        }
        for (int i = 2; i < lower.length; i++) {
            if (precededByComma(i)) {
                for (int j = i; j < Math.min(lower.length, i + 4); j++) {
                    if ("will".equals(lower[j]) || "'ll".equals(lower[j]) || "would".equals(lower[j])) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static final Set<String> SPEECH_VERBS = words("said", "says", "say", "added", "adds", "told", "tells",
            "continued", "continues", "explained", "warned", "insisted", "argued", "stated", "wrote", "writes",
            "declared", "noted", "remarked", "commented", "asked", "replied", "concluded");

    /**
     * The sentence is someone's words in quotation marks: it opens with a quote mark (not a short quoted label
     * followed by a colon), a verb of saying introduces a quotation ("said: '..."), or it closes a quotation it
     * did not open. A quoted opinion is not a record (C4); the scorer still counts a figure or a date in it.
     */
    private boolean isQuotedSpeech(String trimmed) {
        if (trimmed.isEmpty()) {
            return false;
        }
        char first = trimmed.charAt(0);
        if (first == '‘' || first == '“' || first == '"' || first == '\'') {
            int close = closingQuote(trimmed, 1);
            // "'Irreversible': A report found..." is a quoted label, not quoted speech
            return close < 0 || close > 30 || close + 1 >= trimmed.length() || trimmed.charAt(close + 1) != ':';
        }
        for (int i = 0; i + 1 < lower.length; i++) {
            if (SPEECH_VERBS.contains(lower[i]) && quoteOpensAfter(tokens.get(i).end())) {
                return true;
            }
        }
        return endsWithClosingQuote(trimmed) && !hasOpeningQuote(trimmed);
    }

    private static int closingQuote(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '”' || c == '"' || (c == '’' || c == '\'') && (i + 1 == s.length()
                    || !Character.isLetter(s.charAt(i + 1)) || !Character.isLetter(s.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    /** ": '...", ", “..." right after a verb of saying. */
    private boolean quoteOpensAfter(int end) {
        int i = end;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i < text.length() && (text.charAt(i) == ':' || text.charAt(i) == ',')) {
            i++;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            return i < text.length() && (text.charAt(i) == '‘' || text.charAt(i) == '“' || text.charAt(i) == '"'
                    || text.charAt(i) == '\'');
        }
        return false;
    }

    private static boolean endsWithClosingQuote(String trimmed) {
        return trimmed.endsWith(".’") || trimmed.endsWith(".”") || trimmed.endsWith(".\"") || trimmed.endsWith(".'");
    }

    private static boolean hasOpeningQuote(String trimmed) {
        for (int i = 0; i < trimmed.length() - 2; i++) {
            char c = trimmed.charAt(i);
            if (c == '“' || c == '‘' || (c == '"' || c == '\'')
                    && (i == 0 || !Character.isLetterOrDigit(trimmed.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that report what someone said or judged; the reported clause follows them. */
    private static final Set<String> SAYING_VERBS = words("said", "says", "told", "tells", "argued", "argues",
            "claimed", "claims", "insisted", "insists", "warned", "warns", "maintained", "maintains", "added");

    /** Verbs that themselves pass a judgement on someone: "X blamed the results on Y". */
    private static final Set<String> JUDGING_VERBS = words("blamed", "blames", "praised", "praises", "criticised",
            "criticized", "criticises", "criticizes", "condemned", "condemns", "accused", "accuses", "hailed", "hails");

    private static final Set<String> LINKING_VERBS = words("is", "are", "was", "were", "be", "been", "become",
            "became", "becomes", "remain", "remains", "remained", "seemed", "looked");

    /**
     * "X said the targets were achievable", "X told MPs that only a ban could work", "X blamed the results on Y": an
     * opinion reported without quotation marks (C4). The reported clause after a verb of saying has a linking verb
     * with an adjective or a scare-quoted word as its predicate, or a possibility modal; or the reporting verb itself
     * passes a judgement. A reported fact ("X said exports fell") keeps its verdict; the scorer still counts figures.
     */
    private boolean isReportedOpinion() {
        for (int i = 1; i < lower.length; i++) {
            if (JUDGING_VERBS.contains(lower[i]) && !tokens.get(i).capitalised()) {
                return true;
            }
            if (!SAYING_VERBS.contains(lower[i])) {
                continue;
            }
            for (int j = i + 1; j < Math.min(lower.length, i + 25); j++) {
                String word = lower[j];
                if (CONTRAST_WORDS.contains(word) || ";".equals(word)) {
                    break;
                }
                if (Lexicon.POSSIBILITY_MODALS.contains(word) && !"may".equals(word) || "could".equals(word)) {
                    return true;
                }
                if (LINKING_VERBS.contains(word) && evaluativePredicate(j + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An adjective by its form ("achievable", "ineffective", "disappointing" is not), or a word in scare quotes. */
    private boolean evaluativePredicate(int k) {
        while (k < lower.length && (lower[k].endsWith("ly") || DEGREE_WORDS.contains(lower[k]) && !"a".equals(lower[k])
                && !"an".equals(lower[k]) && !"the".equals(lower[k]))) {
            k++;
        }
        if (k >= lower.length) {
            return false;
        }
        String word = lower[k];
        Token token = tokens.get(k);
        if (token.start() > 0 && "‘“'\"".indexOf(text.charAt(token.start() - 1)) >= 0) {
            return true; // "had become 'normalised'": a word in scare quotes is the speaker's judgement
        }
        return Lexicon.EVALUATIVE_ADJECTIVES.contains(word) || word.length() > 6 && (word.endsWith("able")
                || word.endsWith("ible") || word.endsWith("ful") || word.endsWith("ous") || word.endsWith("ive"));
    }

    /** "We also issued new guidance", "I met the ministers": the speaker reporting their own past action (C1 event). */
    private boolean isFirstPersonAct(int i) {
        String word = lower[i];
        if (!"we".equals(word) && !"i".equals(word)) {
            return false;
        }
        int j = i + 1;
        while (j < lower.length && (lower[j].endsWith("ly") || "also".equals(lower[j]))) {
            j++;
        }
        return j < lower.length && isPastVerb(j) && !Lexicon.OPINION_VERBS.contains(lower[j]);
    }

    /**
     * Verbs with which a document (or its part) describes what it contains (R4, C2: the document describing itself).
     */
    private static final Set<String> DESCRIBING_VERBS = words("outlines", "outline", "examines", "examine", "explores",
            "explore", "describes", "describe", "discusses", "discuss", "summarizes", "summarises", "summarize",
            "presents", "present", "reviews", "analyzes", "analyses", "illustrate", "illustrates", "considers",
            "focuses", "lays", "looks", "introduces", "proceeds", "begins", "clarifies");

    private static final Set<String> DOCUMENT_PARTS = words("table", "tables", "figure", "chart", "charts",
            "appendix", "annex", "box", "graph", "map", "exhibit", "categorization", "categorisation", "framework",
            "paper", "report", "article", "brief", "chapter", "section", "analysis", "study", "essay", "memo",
            "commentary", "piece", "post", "series", "below", "above", "following");

    private static final Set<String> PLACEMENTS = words("below", "above", "appendix", "annex", "overleaf");

    /**
     * "This white paper outlines...", "Tables 2 and 3 illustrate...", "are summarized below", "is provided in the
     * Appendix": the document describing its own content or layout (R4). Findings it credits ("the report finds")
     * stay claims (C4).
     */
    private boolean isDocumentDescription() {
        // a short subject naming a part of a document, then a describing verb
        for (int i = 0; i < Math.min(lower.length, 7); i++) {
            if (DESCRIBING_VERBS.contains(lower[i]) && i > 0) {
                for (int j = Math.max(0, i - 4); j < i; j++) {
                    if (DOCUMENT_PARTS.contains(lower[j]) && ("this".equals(lower[0]) || "these".equals(lower[0])
                            || "the".equals(lower[0]) || "our".equals(lower[0]) || j == 0)) {
                        return true;
                    }
                }
            }
        }
        // "... are summarized below", "... is provided in the Appendix"
        for (int i = 1; i < lower.length; i++) {
            if (PLACEMENTS.contains(lower[i]) && (lower[i - 1].endsWith("ed") || "in".equals(lower[i - 1])
                    || "the".equals(lower[i - 1]) && ("in".equals(at(i - 2)) || "see".equals(at(i - 2))))
                    && endsClause(i)) {
                return true; // "ranked below China" is a comparison: the placement word must end its clause
            }
        }
        return false;
    }

    /** Token {@code i} is followed by punctuation or a preposition, not by the noun it would govern. */
    private boolean endsClause(int i) {
        if (i + 1 == lower.length) {
            return true;
        }
        int end = tokens.get(i).end();
        char next = end < text.length() ? text.charAt(end) : '.';
        return next == ',' || next == '.' || next == ';' || next == ':' || next == ')'
                || "for".equals(lower[i + 1]) || "with".equals(lower[i + 1]);
    }

    /** "more likely", "less likely to enjoy": a compared likelihood is a measured difference, not a hedge. */
    private boolean comparedLikelihood(int i) {
        String before = at(i - 1);
        return ("likely".equals(lower[i]) || "unlikely".equals(lower[i]))
                && ("more".equals(before) || "less".equals(before) || "most".equals(before) || "least".equals(before)
                || "twice".equals(before) || "times".equals(before));
    }

    private static final Set<String> RECORD_WORDS = words("record", "unprecedented", "all-time", "historic",
            "historical", "multi-year", "decade");
    private static final Set<String> LEVEL_WORDS = words("low", "lows", "high", "highs", "level", "levels", "peak");

    /** "at a record low", "an unprecedented high": a ranking against history (C7), not an evaluation. */
    private boolean isRecordLevel(int i) {
        return RECORD_WORDS.contains(lower[i]) && LEVEL_WORDS.contains(at(i + 1));
    }

    private static final Set<String> COMPARATIVES = words("higher", "lower", "larger", "smaller", "greater", "fewer",
            "worse", "faster", "slower", "cheaper", "costlier", "stronger", "weaker", "older", "younger", "richer",
            "poorer", "bigger", "longer", "shorter", "earlier", "later");

    /** "perform worse", "more common", "less enjoyable": a comparison without a figure (C7). */
    private boolean isComparative(int i) {
        String word = lower[i];
        if (COMPARATIVES.contains(word)) {
            return predicative(i);
        }
        if (!"more".equals(word) && !"less".equals(word)) {
            return false;
        }
        String next = at(i + 1);
        return ("common".equals(next) || "likely".equals(next) || "frequent".equals(next) || "expensive".equals(next)
                || next.length() > 5 && (next.endsWith("able") || next.endsWith("ible") || next.endsWith("ous")
                || next.endsWith("ive") || next.endsWith("ful") || next.endsWith("ent") || next.endsWith("ant")))
                && predicative(i + 1);
    }

    private static final Set<String> STANCE_HOLDERS = words("i", "we", "you", "they", "he", "she", "would", "'d",
            "do", "does", "did", "not", "don't", "doesn't", "didn't", "really", "also", "still");

    /** "allies like Denmark", "markets like cruise ships": "like" as a preposition, not a verb of liking. */
    private boolean isPrepositionLike(int i) {
        return "like".equals(lower[i]) && !STANCE_HOLDERS.contains(at(i - 1));
    }

    /** Verbs of scheduled or agreed acts: what a named party "will" do here is announced, not forecast. */
    private static final Set<String> SCHEDULED_VERBS = words("partner", "cooperate", "collaborate", "appear", "visit",
            "host", "attend", "sign", "debate", "travel", "convene", "testify", "speak");

    /**
     * "Samsung and Vigor will cooperate on ...", "Senator X will debate two bills this fall", "the First Lady will
     * appear on ...": a named party's scheduled or agreed act is an announcement, a present fact (C5), not the
     * author's forecast.
     */
    private boolean isScheduledEvent(int i) {
        if (!SCHEDULED_VERBS.contains(lower[i])) {
            return false;
        }
        int will = i - 1;
        while (will > 0 && (lower[will].endsWith("ly") || "also".equals(lower[will]))) {
            will--;
        }
        if (will < 1 || !"will".equals(lower[will])) {
            return false;
        }
        Token subject = tokens.get(will - 1);
        return subject.capitalised() && !subject.numeric() && !"I".equals(subject.text());
    }

    private static final Set<String> LEGAL_STATUS = words("regulated", "licensed", "registered", "taxed", "exempt",
            "exempted", "prohibited", "banned", "permitted", "required", "entitled", "eligible", "mandated", "obliged",
            "obligated", "liable", "illegal", "unlawful", "lawful", "legal", "unregulated", "unlicensed");
    private static final Set<String> FINITE_BE = words("is", "are", "was", "were");

    /**
     * "therapists are not regulated", "landlords are exempt from": a group's standing in law, checkable against the
     * law itself (C1, type other). Only after a finite "is/are/was/were", so "could be banned" stays a possibility.
     */
    private boolean isLegalStatus(int i) {
        if (i < 2 || !LEGAL_STATUS.contains(lower[i])) {
            return false;
        }
        int j = i - 1;
        if ("not".equals(lower[j]) || "also".equals(lower[j]) || "currently".equals(lower[j])) {
            j--;
        }
        return j >= 1 && FINITE_BE.contains(lower[j]);
    }

    private static final Set<String> COMMITMENT_VERBS = words("committed", "pledged", "vowed", "promised", "agreed",
            "undertook");

    /**
     * "X committed to reducing...", "both countries pledged to diversify...": an actor's own statement of intent, a
     * reported statement checkable against the record (C4). Not "is committed to" (a stance).
     */
    private boolean isCommitment(int i) {
        if (i == 0 || !COMMITMENT_VERBS.contains(lower[i]) || !"to".equals(at(i + 1))) {
            return false;
        }
        int j = beforeAdverbs(i - 1);
        return j >= 0 && !BE_FORMS.contains(lower[j]);
    }

    /** Verbs that credit something with an unmeasured effect on an abstract object ("enables", "is marginalizing"). */
    private static final Set<String> EFFECT_VERBS = words("enable", "enables", "enabled", "enabling", "allow", "allows",
            "allowing", "strengthen", "strengthens", "strengthened", "strengthening", "weaken", "weakens", "weakened",
            "weakening", "erode", "erodes", "eroded", "eroding", "undermine", "undermines", "undermined", "undermining",
            "solidify", "solidifies", "solidified", "solidifying", "marginalize", "marginalizes", "marginalized",
            "marginalizing", "marginalise", "marginalises", "marginalised", "marginalising", "bolster", "bolsters",
            "bolstered", "bolstering", "hamper", "hampers", "hampered", "hampering", "hinder", "hinders", "hindered",
            "hindering");

    /**
     * "these earnings enable shipyards to scale", "policies are marginalizing rivals", "further solidifying its
     * position": the sentence credits a cause with an effect it does not measure, an assessment rather than a
     * checkable causal claim (C6). Not an infinitive of purpose ("funding to strengthen"), a modal's verb (judged as
     * a prediction) or a participle describing a noun ("a strengthened regime").
     */
    private boolean isEffectVerb(int i) {
        if (i == 0 || !EFFECT_VERBS.contains(lower[i])) {
            return false;
        }
        String before = lower[beforeAdverbs(i - 1) < 0 ? 0 : beforeAdverbs(i - 1)];
        return !"to".equals(before) && !HELP_MODALS.contains(before) && !DETERMINERS.contains(before)
                && !"not".equals(before);
    }

    private static final Set<String> BECOMING = words("become", "becomes", "became", "becoming", "get", "gets",
            "getting", "grow", "grows", "growing", "grew");

    /**
     * An explicit comparison, one of the anchors C1 names: "less than a year", "face higher costs than their
     * rivals", "are less likely to enjoy". Not "rather than" (an alternative) and not a comparative of change
     * ("is becoming cheaper and faster"), which is an unmeasured trend (C2).
     */
    private boolean isExplicitComparison(int i) {
        if (CHANGE_NOUNS.contains(lower[i]) && "in".equals(at(i + 1))) {
            // "a fall in the proportion reporting vacancies": a change in a measured series compares two readings
            String measured = "the".equals(at(i + 2)) ? at(i + 3) : at(i + 2);
            return MEASURES.contains(measured) && i > 0 && !"to".equals(lower[i - 1]);
        }
        if ("than".equals(lower[i])) {
            String before = at(i - 1);
            if ("rather".equals(before) || "other".equals(before)) {
                return false;
            }
            for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
                if (COMPARATIVES.contains(lower[j]) || "more".equals(lower[j]) || "less".equals(lower[j])
                        || "better".equals(lower[j])) {
                    return !afterBecoming(j);
                }
            }
            return false;
        }
        return isComparative(i) && !afterBecoming(i);
    }

    private static final Set<String> CHANGE_NOUNS = words("rise", "fall", "increase", "decrease", "drop", "decline",
            "jump", "surge", "reduction");
    private static final Set<String> MEASURES = words("number", "share", "proportion", "percentage", "rate", "level",
            "count", "numbers", "shares", "rates", "levels");

    /** Whether the comparative at {@code i}, or the coordination it ends, follows a verb of becoming. */
    private boolean afterBecoming(int i) {
        int j = i - 1;
        while (j >= 0 && (COMPARATIVES.contains(lower[j]) || "and".equals(lower[j]) || "ever".equals(lower[j])
                || "even".equals(lower[j]) || "much".equals(lower[j]) || "far".equals(lower[j])
                || "easier".equals(lower[j]) || "more".equals(lower[j]) || "less".equals(lower[j]))) {
            j--;
        }
        return j >= 0 && BECOMING.contains(lower[j]);
    }

    private static final Set<String> AFTER_PREDICATE = words("than", "in", "over", "at", "to", "for", "among", "since",
            "on", "and", "across", "during", "from", "by", "with");

    /**
     * The comparative is the predicate ("perform worse than", "have become more common over"), not an attribute of
     * a noun ("higher tiers", "greater reliance"), which describes rather than compares.
     */
    private boolean predicative(int i) {
        if (i + 1 >= lower.length) {
            return true;
        }
        int end = tokens.get(i).end();
        char next = end < text.length() ? text.charAt(end) : '.';
        return next == ',' || next == '.' || next == ';' || AFTER_PREDICATE.contains(lower[i + 1]);
    }

    private static final Set<String> FINDING_NOUNS = words("results", "findings", "figures", "data", "statistics",
            "survey", "surveys", "study", "studies", "tables", "research", "estimates", "evidence", "poll", "polls",
            "census", "index", "analysis", "report", "review", "audit", "assessment", "numbers");
    private static final Set<String> FINDING_VERBS = words("show", "shows", "showed", "shown", "suggest", "suggests",
            "suggested", "reveal", "reveals", "revealed", "indicate", "indicates", "indicated", "find", "finds",
            "found", "confirm", "confirms", "confirmed", "demonstrate", "demonstrates", "demonstrated");

    /**
     * "The latest results show that...", "..., the new league tables show.": a finding credited to data or a
     * study (C4), as checkable as one credited to a named source.
     */
    private boolean isReportedFinding() {
        for (int i = 1; i < lower.length; i++) {
            if (!FINDING_VERBS.contains(lower[i])) {
                continue;
            }
            int j = i - 1;
            if ("also".equals(lower[j]) || "now".equals(lower[j]) || "clearly".equals(lower[j])) {
                j--;
            }
            if (j >= 0 && FINDING_NOUNS.contains(lower[j])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Nouns for plans, programmes and instruments: "the plan will ban", "funds will support" state what they provide
     * (C5).
     */
    private static final Set<String> PLAN_NOUNS = words("plan", "plans", "bill", "act", "law", "program", "programs",
            "programme", "programmes", "funds", "funding", "grant", "grants", "investment", "investments", "proposal",
            "agreement", "deal", "budget", "scheme", "initiative", "legislation", "regulation", "rules", "guidelines",
            "mission", "package", "order", "directive", "strategy", "treaty", "fund");

    /** Verbs that state what a plan or law provides: "the act bans", "the rules require", "the plan includes". */
    private static final Set<String> PROVISION_VERBS = words("includes", "include", "provides", "provide", "bans",
            "ban", "requires", "require", "prohibits", "prohibit", "establishes", "establish", "creates", "create",
            "covers", "cover", "guarantees", "guarantee", "allows", "allow", "exempts", "exempt", "extends", "extend",
            "contains", "contain", "offers", "offer", "sets", "funds", "caps", "cap", "addresses", "address");

    /**
     * "The President's plan will guarantee...", "His plan will also ban...", "The plan includes funding...", "The
     * draft rules do not cover...": what an announced plan or a law provides is a statement of present fact, not
     * the author's forecast (C5), and it is checkable against the plan itself (C1, type other), unless it merely
     * "helps".
     */
    private boolean isPlanStatement() {
        for (int j = 0; j < Math.min(lower.length - 1, 5); j++) {
            if (!PLAN_NOUNS.contains(lower[j])) {
                continue;
            }
            // the plan is the main clause's subject (near the start), not a noun inside a clause ("how X enforces the
            // rules will")
            int k = j + 1;
            while (k < lower.length && ("also".equals(lower[k]) || "now".equals(lower[k]) || "already".equals(lower[k])
                    || "still".equals(lower[k]) || lower[k].endsWith("ly") && !"only".equals(lower[k]))) {
                k++;
            }
            String verb = at(k);
            if ("will".equals(verb)) {
                return helpPredictions == 0;
            }
            if (PROVISION_VERBS.contains(verb)
                    || ("do".equals(verb) || "does".equals(verb)) && "not".equals(at(k + 1))
                    && PROVISION_VERBS.contains(at(k + 2))) {
                return true;
            }
        }
        return false;
    }

    /** "has signed a deal with Mexico": the participle of a present perfect (C1: a named actor doing a named thing). */
    private boolean isPerfectParticiple(int i) {
        String word = lower[i];
        if (i == 0 || !(word.length() > 3 && word.endsWith("ed") || Lexicon.IRREGULAR_PAST.contains(word))
                || "been".equals(word) || "had".equals(word)) {
            return false;
        }
        String aux = at(beforeAdverbs(i - 1));
        return "has".equals(aux) || "have".equals(aux) || "had".equals(aux);
    }

    /**
     * Determiners and possessives: an "-ed" word right after one is an adjective ("the renewed effort"), not a verb.
     */
    private static final Set<String> DETERMINERS = words("the", "a", "an", "its", "their", "this", "these", "those",
            "his", "her", "our", "my", "your", "such", "any", "each", "every", "no", "some", "more", "most");

    /** Verbs and auxiliaries that end a sentence's subject (a rough, cheap clause boundary). */
    private static final Set<String> VERB_MARKERS = words("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "can", "could", "may", "might", "must", "should", "shall", "does", "do", "did", "remains",
            "continues", "helps", "helped", "drives", "drove", "brings", "brought", "offers", "offered", "makes",
            "made", "means", "meant", "runs", "shapes", "shaped", "pushes", "pushed");

    /**
     * The sentence's subject is an abstract force ("Protectionism has reshaped...", "the liberal world order
     * gave..."): a broad narrative rather than a checkable record (C6).
     */
    private boolean isAbstractSubject() {
        int from = 0;
        if (lower.length > 0 && INTRODUCTORY.contains(lower[0])) {
            // skip an introductory phrase ("In the age of globalization, Chile has..."): the subject follows its comma
            for (int i = 1; i < lower.length && i < 16; i++) {
                if (precededByComma(i)) {
                    from = i;
                    break;
                }
            }
        }
        for (int i = from; i < lower.length && i < from + 16; i++) {
            String word = lower[i];
            if (VERB_MARKERS.contains(word) || i > 0 && isPastVerb(i) && !"based".equals(word)) {
                return false;
            }
            if (Lexicon.ABSTRACT_FORCES.contains(word)) {
                return true;
            }
            String previous = at(i - 1);
            if (("order".equals(word) || "orders".equals(word))
                    && ("international".equals(previous) || "world".equals(previous) || "global".equals(previous)
                    || "based".equals(previous) || "liberal".equals(previous))) {
                return true;
            }
            if ("politics".equals(word) && "power".equals(previous)
                    || "competition".equals(word) && "power".equals(previous)
                    || "change".equals(word) && ("climate".equals(previous) || "technological".equals(previous))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> INTRODUCTORY = words("in", "after", "before", "for", "with", "as", "despite",
            "amid", "among", "during", "under", "since", "from", "regarding", "on", "at", "by", "beyond", "unlike",
            "like", "through", "following", "given", "when", "while", "although", "though", "because", "if");

    private static final Set<String> CONTRAST_WORDS = words("but", "yet", "although", "though", "while", "whereas");

    /**
     * "The bill was passed by the Senate, but a veto may follow": every possibility modal sits in a
     * contrastive clause after a main clause that reports an action, so the main point is still a record (C2
     * applies to the hedged clause only).
     */
    private boolean isHedgeOnlyInContrastClause() {
        int boundary = -1;
        for (int i = 1; i < lower.length; i++) {
            if (CONTRAST_WORDS.contains(lower[i]) && precededByComma(i)) {
                boundary = i;
                break;
            }
        }
        if (boundary < 0) {
            return false;
        }
        boolean action = false;
        for (int i = 0; i < boundary; i++) {
            if (Lexicon.POSSIBILITY_MODALS.contains(lower[i]) && !mayAsMonth(i)) {
                return false;
            }
            if (isPastVerb(i) || isProgressive(i) || isPerfectParticiple(i)) {
                action = true;
            }
        }
        return action;
    }

    private boolean precededByComma(int i) {
        int j = tokens.get(i).start() - 1;
        while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        return j >= 0 && (text.charAt(j) == ',' || text.charAt(j) == ';');
    }

    private static final Set<String> BE_FORMS = words("is", "are", "was", "were", "been", "be", "'s", "being");

    /** "-ing" words that are prepositions or nouns, not the verb of a progressive. */
    private static final Set<String> NOT_PROGRESSIVE = words("including", "according", "regarding", "concerning",
            "following", "during", "notwithstanding", "thing", "nothing", "something", "anything", "everything",
            "king", "ring", "spring", "string", "wing", "evening", "morning", "building", "meeting", "funding",
            "spending", "training", "planning", "understanding", "warning", "beginning", "something", "bring");

    /** "is partnering", "are being discussed", "has been investing": an ongoing action (C1 event). */
    private boolean isProgressive(int i) {
        String word = lower[i];
        if (i > 0 && "being".equals(at(i - 1)) && BE_FORMS.contains(at(beforeAdverbs(i - 2)))
                && (word.endsWith("ed") || Lexicon.IRREGULAR_PAST.contains(word))) {
            return true; // passive progressive: "are being discussed"
        }
        if (i == 0 || word.length() <= 5 || !word.endsWith("ing") || NOT_PROGRESSIVE.contains(word)) {
            return false;
        }
        return BE_FORMS.contains(at(beforeAdverbs(i - 1)));
    }

    /** The index of the first token at or before {@code j} that is not an adverb such as "also", "now", "currently". */
    private int beforeAdverbs(int j) {
        while (j >= 0 && (lower[j].endsWith("ly") || "also".equals(lower[j]) || "now".equals(lower[j])
                || "already".equals(lower[j]) || "still".equals(lower[j]))) {
            j--;
        }
        return j;
    }

    /** A capitalised word (a name) within {@code span} tokens from {@code from}: the action has a named object. */
    private boolean namedWithin(int from, int span) {
        for (int j = from; j < Math.min(lower.length, from + span); j++) {
            Token token = tokens.get(j);
            if (token.capitalised() && !token.numeric() && !"I".equals(token.text())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> DEGREE_WORDS = words("very", "most", "more", "quite", "highly", "truly",
            "particularly", "especially", "rather", "so", "too", "deeply", "extremely", "rather", "an", "a", "the",
            "not", "also", "simply", "clearly", "increasingly");

    /**
     * "was an ambitious plan", "is a hazardous recommendation", "is short-sighted": the main point is a judgement (C2).
     */
    private boolean isCopularEvaluation(int i) {
        if (i == 0 || !Lexicon.EVALUATIVE_ADJECTIVES.contains(lower[i])) {
            return false;
        }
        // walk back over articles and degree adverbs to the copula
        int j = i - 1;
        while (j >= 0 && DEGREE_WORDS.contains(lower[j])) {
            j--;
        }
        return j >= 0 && BE_FORMS.contains(lower[j]) && !"being".equals(lower[j]);
    }

    private static final Set<String> ENUMERATED_NOUNS = words("factor", "factors", "reason", "reasons", "step", "steps",
            "area", "areas", "point", "points", "pillar", "pillars", "lesson", "lessons", "issue", "issues",
            "challenge", "challenges", "question", "questions", "element", "elements", "trend", "trends", "driver",
            "drivers", "priority", "priorities", "aspect", "aspects", "dimension", "dimensions", "consideration", "way",
            "ways", "problem", "problems", "part", "objective", "goal", "recommendation", "option", "theme", "concern",
            "one");

    private static final Set<String> ENUMERATORS = words("first", "second", "third", "fourth", "fifth", "final", "last",
            "next", "other", "latter", "former");

    /**
     * "The first relates to...", "The second factor is...", "The final step is...": an ordinal that numbers the
     * document's own list of points, not a ranking in the world (C2: the document describing itself).
     */
    private boolean isDiscourseEnumerator() {
        if (lower.length < 3 || !"the".equals(lower[0]) || !ENUMERATORS.contains(lower[1])) {
            return false;
        }
        String next = lower[2];
        return ENUMERATED_NOUNS.contains(next) || BE_FORMS.contains(next) || "relates".equals(next)
                || "concerns".equals(next) || "involves".equals(next) || "is".equals(next) || "has".equals(next)
                || "centers".equals(next) || "centres".equals(next) || "focuses".equals(next);
    }

    private static boolean endsWithTerminal(String trimmed) {
        int link = trimmed.lastIndexOf("](");
        if (link > 0 && trimmed.endsWith(")") && trimmed.indexOf(' ', link) < 0) {
            // "...safety issues.](https://...)": the link target follows the sentence
            trimmed = trimmed.substring(0, link);
        }
        for (int i = trimmed.length() - 1; i >= 0; i--) {
            char c = trimmed.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') {
                return true;
            }
            // closing quotes, brackets and footnote markers may follow the final punctuation (R2)
            if (c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || Character.isDigit(c)
                    || c == '[' || Character.isWhitespace(c)) {
                continue;
            }
            return false;
        }
        return false;
    }

    private String at(int i) {
        return i >= 0 && i < lower.length ? lower[i] : "";
    }

    private boolean mayAsMonth(int i) {
        return "may".equals(lower[i]) && tokens.get(i).capitalised() && i > 0;
    }

    /** "around" and "about" hedge only when they approximate a figure ("around 70 percent", not "talk about"). */
    private boolean isPrepositionNotApproximator(int i) {
        if (!"around".equals(lower[i]) && !"about".equals(lower[i])) {
            return false;
        }
        String next = at(i + 1);
        return next.isEmpty() || !Character.isDigit(next.charAt(0)) && !"$".equals(next) && !isNumberWord(next);
    }

    /** should/must/ought to, need(s) to, have/has to, it is essential that, would be wise to, recommend... */
    private boolean isNormative(int i) {
        String word = lower[i];
        if (Lexicon.NORMATIVE_MODALS.contains(word)) {
            return true;
        }
        if (("need".equals(word) || "needs".equals(word)) && "to".equals(at(i + 1))) {
            String before = at(i - 1);
            return !"the".equals(before) && !"a".equals(before) && !"no".equals(before) && !"of".equals(before);
        }
        if (("need".equals(word)) && ("we".equals(at(i - 1)) || "will".equals(at(i - 1)))) {
            return true;
        }
        if ("needed".equals(word) && "is".equals(at(i - 1))) {
            return true;
        }
        if (("have".equals(word) || "has".equals(word)) && "to".equals(at(i + 1)) && i > 0) {
            return true;
        }
        if ("it".equals(word) && ("is".equals(at(i + 1)) || "'s".equals(at(i + 1)))
                && Lexicon.NORMATIVE_ADJECTIVES.contains(at(i + 2))
                && ("that".equals(at(i + 3)) || "to".equals(at(i + 3))
                || "for".equals(at(i + 3)))) {
            return true;
        }
        if ("wise".equals(word) && "be".equals(at(i - 1)) && "to".equals(at(i + 1))) {
            return true;
        }
        if ("calls".equals(word) || "call".equals(word) || "called".equals(word)) {
            return "for".equals(at(i + 1)) && !"the".equals(at(i - 1));
        }
        return Lexicon.RECOMMENDING_VERBS.contains(word);
    }

    private boolean isPastVerb(int i) {
        String word = lower[i];
        if (i == 0) {
            return false;
        }
        if (Lexicon.IRREGULAR_PAST.contains(word)) {
            return true;
        }
        if (word.length() <= 4 || !word.endsWith("ed") || Lexicon.NOT_PAST.contains(word)
                || DETERMINERS.contains(lower[i - 1])) {
            return false;
        }
        // "the tariffs imposed by Canada": a participle modifying a noun, not the sentence's verb
        String before = lower[i - 1];
        return !"by".equals(at(i + 1)) || BE_FORMS.contains(before) || "has".equals(before) || "have".equals(before)
                || "had".equals(before);
    }

    private boolean participleFollows(int i) {
        for (int j = i + 1; j <= i + 3 && j < lower.length; j++) {
            String word = lower[j];
            if ((word.endsWith("ed") && word.length() > 3) || Lexicon.IRREGULAR_PAST.contains(word)
                    || "been".equals(word)) {
                return true;
            }
            if (!word.endsWith("ly") && !"also".equals(word) && !"not".equals(word) && !"already".equals(word)
                    && !"now".equals(word) && !"since".equals(word)) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> NOT_SUPERLATIVE = words("interest", "forest", "suggest", "request", "honest",
            "modest", "invest", "harvest", "protest", "manifest", "arrest", "contest", "digest", "west", "test", "rest",
            "nest", "guest", "quest", "pest", "chest", "crest", "vest", "zest", "earnest", "conquest", "behest",
            "midwest", "inquest", "unrest", "bequest", "latest", "biggest", "detest", "attest", "infest", "divest",
            "ingest", "congest", "digest", "priest", "lest", "southwest", "northwest");

    private static boolean isSuperlative(String word) {
        return word.length() > 5 && word.endsWith("est") && !NOT_SUPERLATIVE.contains(word)
                && Character.isLetter(word.charAt(0));
    }

    public static boolean isOrdinal(String word) {
        int n = word.length();
        if (n < 3 || !Character.isDigit(word.charAt(0))) {
            return false;
        }
        String suffix = word.substring(n - 2);
        return (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))
                && Character.isDigit(word.charAt(n - 3));
    }

    public static boolean isYear(String token) {
        if (token.length() != 4 && !(token.length() == 5 && token.endsWith("s"))) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        int year = Integer.parseInt(token.substring(0, 4));
        return year >= 1800 && year <= 2100;
    }

    private static final Set<String> NUMBER_WORDS = words("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fifteen", "twenty", "thirty", "forty", "fifty",
            "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "dozen",
            "dozens", "half", "quarter", "third", "trillion");

    public static boolean isNumberWord(String word) {
        return NUMBER_WORDS.contains(word);
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** Lower-cased token texts, index-aligned with {@link #tokens()}. */
    public String[] lowerTokens() {
        return lower;
    }

    public int wordCount() {
        return tokens.size();
    }

    public List<String> hedgeCues() {
        return hedgeCues;
    }

    public int possibilityModals() {
        return possibilityModals;
    }

    public int future() {
        return future;
    }

    public int normative() {
        return normative;
    }

    public int reporting() {
        return reporting;
    }

    public int opinionVerbs() {
        return opinionVerbs;
    }

    public int projection() {
        return projection;
    }

    public int ranking() {
        return ranking;
    }

    public int ordinals() {
        return ordinals;
    }

    public int comparison() {
        return comparison;
    }

    public int causal() {
        return causal;
    }

    public int evaluative() {
        return evaluative;
    }

    public int pastVerbs() {
        return pastVerbs;
    }

    public int perfect() {
        return perfect;
    }

    public int firstPerson() {
        return firstPerson;
    }

    public int secondPerson() {
        return secondPerson;
    }

    public int numbers() {
        return numbers;
    }

    public int years() {
        return years;
    }

    public int months() {
        return months;
    }

    public int timeWords() {
        return timeWords;
    }

    public int percent() {
        return percent;
    }

    public int money() {
        return money;
    }

    public int properNouns() {
        return properNouns;
    }

    public int selfReference() {
        return selfReference;
    }

    /**
     * Ongoing actions with a named object ("is partnering with Harvard University"): a named actor doing a named thing
     * (C1).
     */
    public int namedActions() {
        return namedActions;
    }

    /** Copular judgements: "was an ambitious plan", "is a hazardous recommendation" (C2). */
    public int copularEvaluations() {
        return copularEvaluations;
    }

    /** The sentence opens by numbering the document's own points ("The second factor is..."). */
    public boolean discourseEnumerator() {
        return discourseEnumerator;
    }

    /** Ongoing trends with no measure: "have been climbing", "is slowing" (C2 vague description). */
    public int trends() {
        return trends;
    }

    /** The subject is an abstract force such as globalization or the international order (C6). */
    public boolean abstractSubject() {
        return abstractSubject;
    }

    /** Every possibility modal is in a contrastive clause after a main clause that reports an action. */
    public boolean hedgeOnlyInContrastClause() {
        return hedgeOnlyInContrastClause;
    }

    /** "seems", "appears to": the author hedges the statement (C2). */
    public int seemHedges() {
        return seemHedges;
    }

    /**
     * "will help", "would help ensure": a statement that something helps (C4, R7: neither claim nor recommendation).
     */
    public int helpPredictions() {
        return helpPredictions;
    }

    /** A "would" that is the author's own hypothetical, not reported speech. */
    public boolean hypotheticalWould() {
        return hypotheticalWould;
    }

    /** The sentence is (part of) a quotation of someone's words. */
    public boolean quotedSpeech() {
        return quotedSpeech;
    }

    /** The document describes its own content or layout ("This paper outlines...", "summarized below"). */
    public boolean describesDocument() {
        return describesDocument;
    }

    /** "The plan will ban...": what an announced plan or instrument provides. */
    public boolean planStatement() {
        return planStatement;
    }

    /** A finding credited to data or a study: "the results show", "the new league tables show". */
    public boolean reportedFinding() {
        return reportedFinding;
    }

    public boolean reportedOpinion() {
        return reportedOpinion;
    }

    /** "a record low", "an unprecedented high": a position in a measured series, checkable like a figure. */
    public int recordLevels() {
        return recordLevels;
    }

    /** Explicit comparisons ("less than", "higher costs than", "less likely to"): a concrete anchor (C1). */
    public int explicitComparisons() {
        return explicitComparisons;
    }

    /** Opinion verbs that state a stance ("we believe", "critics fear"), not an infinitive act ("to agree to"). */
    public int stances() {
        return stances;
    }

    /** Verbs crediting an unmeasured effect ("enables", "is eroding"): an assessment unless measured (C6). */
    public int effectVerbs() {
        return effectVerbs;
    }

    /** Reported commitments ("committed to", "pledged to"): a statement of intent on the record (C4). */
    public int commitments() {
        return commitments;
    }

    /** A group's standing in law ("are not regulated", "is exempt"): checkable against the law (C1). */
    public int legalStatus() {
        return legalStatus;
    }

    /** A named party's scheduled or agreed act ("X will visit", "X and Y will partner"): an announcement (C5). */
    public int scheduledEvents() {
        return scheduledEvents;
    }

    public int firstPersonActs() {
        return firstPersonActs;
    }

    public boolean accordingTo() {
        return accordingTo;
    }

    public boolean question() {
        return question;
    }

    public boolean terminalPunctuation() {
        return terminalPunctuation;
    }

    public boolean startsWith(String lowerWord) {
        return lower.length > 0 && lower[0].equals(lowerWord);
    }

    public String firstWordLower() {
        return lower.length > 0 ? lower[0] : "";
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "cues[num=%d yr=%d pct=%d money=%d rank=%d ord=%d cmp=%d cause=%d past=%d perf=%d fut=%d norm=%d "
                        + "hedge=%s poss=%d rep=%d eval=%d prop=%d 1p=%d q=%b]",
                numbers, years, percent, money, ranking, ordinals, comparison, causal, pastVerbs, perfect, future,
                normative, hedgeCues, possibilityModals, reporting, evaluative, properNouns, firstPerson, question);
    }
}
