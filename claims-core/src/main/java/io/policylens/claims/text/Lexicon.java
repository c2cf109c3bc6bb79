package io.policylens.claims.text;

import java.util.Set;

/**
 * Word lists behind the linguistic cues. They follow the annotation guidelines (C1-C7, R6-R9) and
 * general English, not the wording of any particular document.
 */
public final class Lexicon {

    private Lexicon() {
    }

    /** Modal and adverbial cues of a hedged possibility or an estimate (C2 and the hedging field). */
    public static final Set<String> HEDGES = words("could", "may", "might", "likely", "unlikely", "possibly", "perhaps",
            "probably", "potentially", "potential", "estimated", "approximately", "roughly", "around", "nearly",
            "about", "almost", "appears", "appear", "seems", "seem", "suggests", "reportedly", "allegedly",
            "expected", "projected", "presumably", "arguably", "can");

    /** The hedges that turn a whole statement into a possibility rather than soften a figure. */
    public static final Set<String> POSSIBILITY_MODALS = words("could", "may", "might", "likely", "possibly",
            "perhaps", "probably", "potentially", "can", "unlikely");

    /** Hedges that only make a figure approximate ("around 70 percent"). */
    public static final Set<String> APPROXIMATORS = words("approximately", "roughly", "around", "nearly", "about",
            "almost", "estimated", "some", "over", "under", "more", "less", "above", "below", "up", "least", "than");

    public static final Set<String> FUTURE = words("will", "shall", "would", "won't", "wo");

    /** Normative modals that make a sentence a recommendation (R6, R9). */
    public static final Set<String> NORMATIVE_MODALS = words("should", "must", "ought", "shouldn't", "mustn't");

    /** Adjectives of "it is X that/to" normative constructions (R6, R9). */
    public static final Set<String> NORMATIVE_ADJECTIVES = words("essential", "necessary", "crucial", "important",
            "critical", "vital", "imperative", "urgent", "wise", "advisable", "desirable", "time");

    /** Verbs that put forward a recommendation when used by the author or reported (R6, R9). */
    public static final Set<String> RECOMMENDING_VERBS = words("recommend", "recommends", "recommended", "urge",
            "urges", "urged", "suggest", "suggests", "propose", "proposes", "advise", "advises");

    /** Verbs that open imperative list items in recommendation lists (R6, R9 imperative). */
    public static final Set<String> IMPERATIVE_VERBS = words("expand", "strengthen", "establish", "create", "develop",
            "build", "promote", "support", "increase", "align", "ensure", "invest", "enhance", "prioritize",
            "prioritise", "coordinate", "foster", "encourage", "launch", "deepen", "pursue", "adopt", "provide",
            "improve", "reduce", "leverage", "consider", "require", "use", "make", "work", "engage", "implement",
            "form", "explore", "facilitate", "advance", "protect", "secure", "streamline", "harmonize", "harmonise",
            "boost", "integrate", "expedite", "clarify", "review", "designate", "fund", "restore", "allow", "permit",
            "empower", "pass", "repeal", "reform", "modernize", "modernise", "accelerate", "address", "avoid",
            "clarify", "commit", "continue", "define", "diversify", "double", "embrace", "extend", "focus", "grant",
            "identify", "include", "limit", "maintain", "mandate", "prevent", "reinforce", "remove", "resist",
            "revise", "scale", "seek", "set", "share", "stop", "tighten", "track", "update", "join", "negotiate",
            "convene", "rethink", "institutionalize", "institutionalise", "partner", "collaborate", "cooperate");

    /** Verbs that credit content to a source (C4 attribution, C5 forecasts credited to a source). */
    public static final Set<String> REPORTING_VERBS = words("said", "says", "noted", "notes", "stated",
            "reported", "found", "finds", "assessed", "assesses",
            "estimates", "estimate", "estimated", "projects", "projected", "expects", "expected", "forecasts",
            "forecast", "predicts", "predicted", "concluded", "concludes", "showed", "shows", "revealed",
            "reveals", "indicated", "indicates", "signaled", "signalled", "announced", "announces",
            "confirmed", "confirms", "claimed", "warned", "warns", "told", "wrote", "writes", "testified",
            "acknowledged", "acknowledges", "argued", "argues", "believes", "calculated", "calculates", "documented",
            "observed", "observes", "counted", "ranked", "ranks", "rated", "measured", "surveyed",
            "determined", "declared", "disclosed", "admitted", "explained", "explains", "added", "cited", "cites");

    /** Reporting verbs whose complement is an opinion or a wish, not a fact (C4). */
    public static final Set<String> OPINION_VERBS = words("think", "thinks", "thought", "believe", "believes",
            "believed", "feel", "feels", "felt", "hope", "hopes", "hoped", "want", "wants", "wanted", "wish", "wishes",
            "argue", "argues", "argued", "insist", "insists", "insisted", "guess", "suppose", "imagine", "doubt",
            "like", "love", "hate", "agree", "disagree", "fear", "fears", "worry");

    /** Verbs that project a number into the future (C5 forecasts). */
    public static final Set<String> PROJECTION_VERBS = words("estimates", "estimate", "estimated", "projects",
            "projected", "projection", "projections", "forecast", "forecasts", "forecasted", "predicts", "predicted",
            "expects", "expected", "anticipates", "anticipated", "outlook");

    /** Words of ranking and superlatives (C7 ranking). */
    public static final Set<String> RANKING_WORDS = words("rank", "ranks", "ranked", "ranking", "rankings", "top",
            "largest", "biggest", "highest", "lowest", "smallest", "strongest", "weakest", "best", "worst", "leading",
            "fastest", "slowest", "most", "least", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth", "last", "only", "sole", "greatest", "richest", "poorest", "oldest", "newest",
            "longest", "deepest", "heaviest", "cheapest", "led", "leader", "leads", "dominant", "dominates",
            "dominate", "advanced");

    /** Words of comparison without a figure (C7 comparison). */
    public static final Set<String> COMPARISON_WORDS = words("than", "surpass", "surpassed", "surpasses", "outpace",
            "outpaced", "outpaces", "exceed", "exceeded", "exceeds", "below", "above", "behind", "ahead", "twice",
            "double", "doubled", "tripled", "halved", "compared", "versus", "vs", "lesser", "dispersed", "overtook",
            "overtaken", "replaced", "outperform", "outperforms", "outperformed", "many");

    /** Connectives of a cause and its effect (C6 causal). */
    public static final Set<String> CAUSAL_WORDS = words("because", "caused", "causes", "cause", "led", "leads",
            "resulted", "results", "due", "thanks", "driven", "drives", "driving", "enabled", "enables", "contributed",
            "contributes", "associated", "increased", "decreased", "reduced", "boosted", "spurred", "triggered",
            "thereby", "consequently", "therefore", "through", "helped");

    /** Evaluative words: the main point of the sentence is likely an opinion (C2). */
    public static final Set<String> EVALUATIVE = words("crucial", "critical", "important", "key", "vital",
            "essential", "significant", "hazardous", "impressive", "unfeasible", "inefficient", "optimism",
            "promising", "concerning", "worrying", "troubling", "dangerous", "unwise", "wise", "beneficial",
            "valuable", "invaluable", "indispensable", "necessary", "ominous", "benign", "urgent", "sustainable",
            "interesting", "remarkable", "unprecedented", "excellent", "terrible", "great", "good", "bad", "wrong",
            "right", "better", "worse", "fair", "unfair", "strategic", "opportunity", "opportunities", "challenge",
            "challenges", "risks", "threat", "threats", "need", "needs", "must", "clearly", "obviously", "simply",
            "short-sighted", "astronomical", "huge", "enormous", "tremendous", "massive", "ridiculous", "disaster",
            "reliable", "precarious", "multitude", "plenty", "solution", "approach", "perils", "mismatch",
            // judgement adjectives and intensifiers: they grade what they describe instead of recording it
            "steadfast", "tangible", "preeminent", "prominent", "fierce", "alarming", "daunting", "vigorous",
            "brutal", "brutality", "harmful", "defunct", "coercive", "full-blown", "all-out", "sprawling", "vast",
            "vulnerability", "vulnerabilities", "persistent", "underpaid", "undervalued", "inevitably",
            "exceptionally", "markedly", "cautious", "difficult", "wholesale", "disproportionate", "havoc",
            "complacency", "tough", "imminent", "worldclass", "world-class", "staggering", "dire", "grave",
            "laudable", "misguided", "reckless", "robustly", "woefully", "sorely", "badly");

    /**
     * Adjectives of judgement: after a copula ("it was an ambitious plan", "this is a hazardous recommendation")
     * they make the evaluation the sentence's main point (C2).
     */
    public static final Set<String> EVALUATIVE_ADJECTIVES = words("ambitious", "hazardous", "dangerous", "unwise",
            "wise", "misguided", "naive", "flawed", "unrealistic", "commendable", "laudable", "regrettable",
            "unfortunate", "questionable", "doubtful", "short-sighted", "shortsighted", "counterproductive", "prudent",
            "sensible", "foolish", "reckless", "irresponsible", "promising", "impressive", "remarkable", "troubling",
            "worrying", "concerning", "alarming", "encouraging", "disappointing", "welcome", "crucial", "critical",
            "important", "vital", "essential", "indispensable", "invaluable", "valuable", "beneficial", "harmful",
            "ominous", "benign", "precarious", "unsustainable", "sustainable", "inefficient", "unfeasible", "feasible",
            "good", "bad", "great", "terrible", "excellent", "wrong", "right", "fair", "unfair", "ridiculous",
            "absurd", "astonishing", "astronomical", "huge", "enormous", "tremendous", "reluctant", "virtuous",
            "vicious", "hypocritical", "admirable", "shameful", "disgraceful", "outrageous", "welcome");

    /** Abstract forces: as a sentence's subject they make a broad narrative, not a checkable causal claim (C6). */
    public static final Set<String> ABSTRACT_FORCES = words("globalization", "globalisation", "digitalization",
            "digitalisation", "modernization", "modernisation", "industrialization", "industrialisation",
            "multipolarity", "geopolitics", "protectionism", "nationalism", "populism", "multilateralism",
            "unilateralism", "capitalism");

    /** Progressive forms that describe a trend ("is growing", "have been falling", "is slowing down"). */
    public static final Set<String> TREND_VERBS = words("rising", "growing", "increasing", "declining", "falling",
            "shrinking", "lagging", "improving", "deteriorating", "worsening", "intensifying", "mounting", "weakening",
            "strengthening", "slowing", "accelerating", "eroding", "diminishing", "waning", "deepening", "widening",
            "narrowing", "losing", "gaining");

    /** Words of the document describing itself or of page furniture (R4). */
    public static final Set<String> SELF_REFERENCE = words("article", "brief", "paper", "essay", "post", "chapter",
            "commentary", "piece", "symposium", "issue", "section", "blog", "op-ed", "analysis", "newsletter",
            "report", "study", "memo");

    /** Pronouns of the speaker or the reader: opinion and rhetoric more often than record (ClaimBuster). */
    public static final Set<String> FIRST_PERSON = words("i", "we", "our", "us", "my", "me", "ours", "i'm", "we're",
            "i've", "we've", "i'll", "we'll", "let's");

    public static final Set<String> SECOND_PERSON = words("you", "your", "you're", "you've", "yours");

    public static final Set<String> MONTHS = words("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");

    /** Time words that date an event without a number ("last year", "recently"). */
    public static final Set<String> TIME_WORDS = words("yesterday", "today", "recently", "ago", "last", "since",
            "during", "earlier", "previously", "already", "formerly", "once", "decade", "decades", "years", "year",
            "month", "months", "week", "weeks", "century", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /** Irregular past tense and participle forms: a past event or a present-perfect fact. */
    public static final Set<String> IRREGULAR_PAST = words("was", "were", "had", "did", "made", "took", "taken",
            "sent", "began", "begun", "became", "won", "set", "held", "met", "gave", "given", "rose", "risen", "fell",
            "fallen", "grew", "grown", "built", "spent", "sold", "bought", "paid", "lost", "left", "brought", "went",
            "gone", "came", "come", "got", "shot", "struck", "drew", "drawn", "wrote", "written", "told", "found",
            "saw", "seen", "ran", "kept", "put", "cut", "hit", "broke", "broken", "chose", "chosen", "signed", "led",
            "laid", "sought", "taught", "fought", "caught", "overtook", "overtaken", "stood", "understood", "became",
            "undertook", "withdrew", "sank", "flew", "threw", "thrown", "forbade", "knew", "known", "meant", "shut",
            "spread", "split", "sped", "struck", "swore", "woke", "won", "bore", "born", "lent", "dealt");

    /** Words ending in "ed" that are not past-tense verbs, or carry no event. */
    public static final Set<String> NOT_PAST = words("need", "needed", "united", "based", "red", "bed", "seed", "speed",
            "feed", "indeed", "led", "shed", "hundred", "advanced", "limited", "related", "detailed", "interested",
            "concerned", "skilled", "proposed", "expected", "projected", "estimated", "aged", "supposed", "so-called",
            "called", "deemed", "designed", "used", "focused", "dedicated", "committed", "unprecedented",
            "sophisticated", "embed", "weed", "breed", "greed", "creed", "bred", "fled", "wed", "sled", "naked",
            "wicked", "sacred", "kindred", "rugged", "ragged", "crooked", "beloved", "learned", "aged", "ashamed",
            "informed", "armed", "required", "needed", "biased", "automated", "advanced", "industrialized",
            "industrialised", "developed", "centered", "centred", "oriented", "led", "owned", "controlled", "backed",
            "funded", "powered", "selected", "bound", "intended", "alleged", "renewed", "reduced", "increased");

    /** An immutable word set; duplicates in a list are harmless, unlike with {@code Set.of}. */
    static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
