package io.policylens.recommendations.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the cues of GUIDELINES R6/R9 in one sentence and keeps those that really propose an action:
 * "could help reduce" (R7), "should be of interest to", "what such a law should look like" (R8),
 * "cannot", counterfactual "should have been" and conditional "Should X fail" are dropped.
 */
final class CueFinder {

    /** Where the sentence sits decides how readily can/could count (R7). */
    record Context(boolean recommendationListItem, boolean recommendationSection) {
    }

    private static final Pattern MODAL = Pattern.compile("(?i)(?<![\\p{L}-])(?:(should)|(must)(?!-)|(ought\\s+to)"
            + "|(needs?\\s+to)|(ha(?:ve|s)\\s+to)|(would\\s+(?:be\\s+wise|do\\s+well)\\s+(?:not\\s+)?to)|(could)|(can)"
            + "(?!not)|(might)"
            + "|(may\\s+(?:want|wish)\\s+to)|(will\\s+require))(?![\\p{L}-])");

    private static final Pattern IMPERSONAL = Pattern.compile("(?i)(?<![\\p{L}])it\\s+(?:is|will\\s+be|would\\s+be|"
            + "remains|becomes)"
            + "\\s+(?:now\\s+|therefore\\s+|thus\\s+|also\\s+|still\\s+|more\\s+|all\\s+the\\s+more\\s+)"
            + "?(?:\\p{L}+ly\\s+)?"
            + "(essential|necessary|crucial|critical|vital|imperative|urgent|important|advisable|wise|prudent|"
            + "desirable|time)"
            + "\\s+(?:that|for)(?![\\p{L}])");

    private static final Pattern BEST_INTERESTS = Pattern.compile("(?i)(?<![\\p{L}])(?:is|are|be|remains)"
            + "\\s+(?:\\p{L}+\\s+){0,2}?"
            + "in\\s+the\\s+(?:best\\s+)?interests?\\s+of(?![\\p{L}])");

    /** "there is an urgent need to raise standards": a necessity with no subject (R9 must). */
    private static final Pattern THERE_IS_NEED = Pattern.compile("(?i)(?<![\\p{L}])there\\s+(?:is|remains)"
            + "\\s+(?:also\\s+|still\\s+)?"
            + "(?:an?\\s+)?(?:\\p{L}+\\s+)?need\\s+(?:to|for)(?![\\p{L}])");

    /** "The United States needs a comprehensive package": need with a noun object, for a named actor only. */
    private static final Pattern NEEDS_OBJECT = Pattern.compile("(?<![\\p{L}])needs?\\s+(?:a|an|more|new|better|"
            + "greater|stronger|"
            + "clear|clearer|comprehensive|coherent|robust|long-term|national|federal)\\s");

    private static final Pattern WOULD_BE_FOR = Pattern.compile("(?i)(?<![\\p{L}])would\\s+be\\s+for(?![\\p{L}])");

    private static final Pattern WE_NEED = Pattern.compile("(?<![\\p{L}])[Ww]e\\s+(?:\\p{L}+ly\\s+|also\\s+|still\\s+|"
            + "just\\s+|now\\s+|really\\s+)?need(?![\\p{L}])(?!\\s+to\\b)(?!\\s+not\\b)");

    private static final Pattern IS_NEEDED = Pattern.compile("(?i)(?<![\\p{L}])(?:is|are)\\s+(?:\\p{L}+ly\\s+|also\\s+|"
            + "still\\s+)?needed(?![\\p{L}])");

    private static final Pattern REPORTING = Pattern.compile("(?i)(?<![\\p{L}])(?:(recommend(?:s|ed|ing)?)|(urg(?:e|es|"
            + "ed|ing))"
            + "|(call(?:s|ed|ing)?\\s+(?:on|upon|for))|(advocat(?:e|es|ed)\\s+(?:for|that))|((?:is|are)\\s+(?:urged|"
            + "encouraged|advised)\\s+to)"
            + "|(we\\s+(?:strongly\\s+)?(?:encourage|propose|suggest))|(identif(?:y|ies|ied)\\s+as\\s+a\\s+(?:high\\s+|"
            + "top\\s+)?priority)"
            + "|(I\\s+have\\s+\\p{L}+\\s+suggestions)"
            + "|(ask(?:s|ed|ing)?|press(?:es|ed|ing)?|invit(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\\s+to)"
            + "|(propos(?:e|es|ed|ing)(?:\\s+that)?)"
            + "|((?:report|review|paper|commission|committee|panel|authors?|strategy|task\\s?force|guidelines?)"
            + "\\s+(?:also\\s+)?"
            + "suggest(?:s|ed)?))(?![\\p{L}])");

    /** Reporting verbs that count only with an addressee and an infinitive: "asks Congress to", "invites States to". */
    private static final int ADDRESSEE_VERBS = 9;

    private static final Pattern SELF_OR_OPINION = Pattern.compile("(?i)^\\s*(?:not\\s+)?(?:be\\s+(?:of\\s+interest|"
            + "noted|emphasi[sz]ed|stressed|"
            + "remembered|mentioned|pointed\\s+out|surprising|no\\s+surprise|obvious|clear)|come\\s+as|"
            + "not\\s+be\\s+surprising|"
            + "look\\s+like|be\\s+said|go\\s+without|make\\s+no\\s+mistake)");

    private static final Pattern LAW_MANDATE = Pattern.compile("(?i)(?<![\\p{L}])(?:under\\s+the\\s+(?:\\p{L}+\\s+)"
            + "{0,4}(?:act|law|bill|"
            + "rule|regulation|agreement|treaty|directive|program|programme)|(?:the|this|that)\\s+(?:\\p{L}+\\s+)"
            + "{0,3}(?:act|law|bill|"
            + "legislation|regulation|rule|directive|statute|provision|plan|proposal|budget|package)\\s+(?:would\\s+|"
            + "will\\s+)?(?:requires?|mandates?|stipulates?|"
            + "provides?\\s+that|directs?))(?![\\p{L}])");

    private static final Pattern INFINITIVE_TO = Pattern.compile("(?<![\\p{L}])to(?![\\p{L}])");

    private CueFinder() {
    }

    static List<Cue> find(String sentence, Context context) {
        List<Cue> cues = new ArrayList<>(2);
        // Cheap substring tests first: most sentences contain none of the rarer cues, and regexes cost.
        String lower = sentence.toLowerCase(Locale.ROOT);
        if ((lower.contains("requir") || lower.contains("mandat") || lower.contains("stipulat")
                || lower.contains("provide")
                || lower.contains("direct") || lower.contains("under the")) && LAW_MANDATE.matcher(sentence).find()) {
            return cues;
        }
        findModals(sentence, context, cues);
        if (lower.contains("it ") || lower.contains("interest") || lower.contains("would be for")
                || lower.contains("need")) {
            findImpersonal(sentence, cues);
        }
        if (lower.contains("requir")) {
            findRequiresAction(sentence, cues);
        }
        if (lower.contains("need")) {
            findWeNeed(sentence, cues);
            findNeedsObject(sentence, cues);
        }
        if (lower.contains("recommend") || lower.contains("urg") || lower.contains("call") || lower.contains("advocat")
                || lower.contains("encourag") || lower.contains("advise") || lower.contains("we ")
                || lower.contains("identif")
                || lower.contains("suggest") || lower.contains("ask") || lower.contains("press")
                || lower.contains("invit")
                || lower.contains("appeal") || lower.contains("propos")) {
            findReporting(sentence, cues);
        }
        if (lower.contains("previous") || lower.contains("formerly") || lower.contains(" and ")) {
            dropPastPositions(sentence, cues);
        }
        cues.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return cues;
    }

    /** "previously pursued", "formerly held": the clause that follows tells a position given up, not a proposal. */
    private static final Pattern FORMER_POSITION = Pattern.compile("(?i)(?<![\\p{L}])(as\\s+)?(?:previously|formerly)"
            + "\\s+"
            + "(?:\\p{L}+ed|held|said|took|gave|made|set|saw|thought|argued|sought|put|ran|had|was|were)(?![\\p{L}])");

    /** "The agency previously approved pilots, but it should now fund ...": the later clause proposes. */
    private static final Pattern TURN_TO_PRESENT = Pattern.compile("(?i);|(?<![\\p{L}])(?:but|however|now|instead|"
            + "today)(?![\\p{L}])");

    /** "has proposed and begun to implement cuts": a proposal already carried out is an action taken (R8). */
    private static final Pattern CARRIED_OUT = Pattern.compile("(?i)^\\s*(?:,\\s*)?and\\s+(?:has\\s+|have\\s+|had\\s+)?"
            + "(?:begun|began|started|implemented|enacted|adopted|passed|introduced|imposed|launched|carried\\s+out)"
            + "(?![\\p{L}])");

    private static void dropPastPositions(String sentence, List<Cue> cues) {
        Matcher former = FORMER_POSITION.matcher(sentence);
        while (former.find()) {
            if (former.group(1) == null) { // "as previously recommended, Congress should" still proposes
                int from = former.start();
                cues.removeIf(cue -> cue.start() > from && !TURN_TO_PRESENT.matcher(sentence.substring(from,
                        cue.start())).find());
            }
        }
        cues.removeIf(cue -> cue.reporting() && CARRIED_OUT.matcher(sentence.substring(cue.end())).find());
    }

    /**
     * Cues of a list lead-in ("To retain teachers we must:", "The report urges the government to:"): as
     * {@link #find}, plus a modal whose action is the list itself.
     */
    static List<Cue> leadInCues(String sentence) {
        List<Cue> cues = find(sentence, new Context(true, true));
        if (!cues.isEmpty()) {
            return cues;
        }
        Matcher m = MODAL.matcher(sentence);
        while (m.find()) {
            if (Words.nextWordStart(sentence, m.end()) < 0) {
                Subject subject = SubjectLocator.locate(sentence, auxiliaryStart(sentence, m.start()));
                cues.add(new Cue(modalStrength(m), m.start(), m.end(), subject, -1, -1, m.end(), false, false));
            }
        }
        return cues;
    }

    private static void findModals(String sentence, Context context, List<Cue> cues) {
        Matcher m = MODAL.matcher(sentence);
        while (m.find()) {
            Strength strength = modalStrength(m);
            boolean possibility = m.group(7) != null || m.group(8) != null || m.group(9) != null || m.group(10) != null;
            String modal = m.group().toLowerCase(Locale.ROOT);
            if (isNounNeed(sentence, m.start(), modal) || modal.startsWith("ha") && hasToDoWith(sentence, m.end())) {
                continue;
            }
            Subject subject = SubjectLocator.locate(sentence, auxiliaryStart(sentence, m.start()));
            int verbStart = Words.skipAdverbs(sentence, m.end(), VerbLexicon.ADVERBS);
            String verb = verbStart < 0 ? "" : Words.lower(sentence, verbStart, Words.wordEnd(sentence, verbStart));
            boolean negated = verb.equals("not") || verb.equals("never")
                    || m.group().toLowerCase(Locale.ROOT).endsWith("n't");
            if (negated) {
                verbStart = Words.skipAdverbs(sentence, Words.wordEnd(sentence, verbStart), VerbLexicon.ADVERBS);
                verb = verbStart < 0 ? "" : Words.lower(sentence, verbStart, Words.wordEnd(sentence, verbStart));
            }
            if (!isProposal(sentence, m, subject, verb, verbStart, negated, possibility, context)) {
                continue;
            }
            cues.add(new Cue(strength, m.start(), m.end(), subject, -1, -1, verbStart < 0 ? m.end() : verbStart,
                    negated, false));
        }
    }

    /** "Both sides will need to": the subject ends before "will", not before "need". */
    private static int auxiliaryStart(String sentence, int modalStart) {
        int at = modalStart;
        for (int guard = 0; guard < 3; guard++) {
            int prev = Words.wordStartBefore(sentence, at);
            if (prev < 0) {
                return at;
            }
            String word = Words.lower(sentence, prev, Words.wordEnd(sentence, prev));
            if (!(AUXILIARIES.contains(word) || word.endsWith("ly") && word.length() > 4)) {
                return at;
            }
            at = prev;
        }
        return at;
    }

    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("will", "would", "also", "still",
            "therefore", "now", "further", "thus", "then", "both", "all", "surely", "too", "itself", "themselves",
            "first");

    private static Strength modalStrength(Matcher m) {
        if (m.group(1) != null || m.group(3) != null || m.group(6) != null) {
            return Strength.SHOULD;
        }
        if (m.group(2) != null || m.group(4) != null || m.group(5) != null || m.group(11) != null) {
            return Strength.MUST;
        }
        return Strength.COULD;
    }

    /** "The need to shore up ..." uses need as a noun. */
    private static boolean isNounNeed(String sentence, int start, String modal) {
        if (!modal.startsWith("need")) {
            return false;
        }
        int prev = Words.wordStartBefore(sentence, start);
        if (prev < 0) {
            return false;
        }
        String word = Words.lower(sentence, prev, Words.wordEnd(sentence, prev));
        return word.equals("the") || word.equals("a") || word.equals("this") || word.equals("its")
                || word.equals("their")
                || word.equals("no") || word.equals("urgent") || word.equals("growing") || word.equals("clear");
    }

    private static boolean hasToDoWith(String sentence, int end) {
        return sentence.regionMatches(true, Words.nextWordStart(sentence, end) < 0 ? end
                : Words.nextWordStart(sentence, end), "do with", 0, 7);
    }

    private static boolean isProposal(String sentence, Matcher m, Subject subject, String verb, int verbStart,
                                      boolean negated, boolean possibility, Context context) {
        String clauseWord = subject.clauseWord();
        if (clauseWord.equals("what") && PSEUDO_CLEFT.matcher(sentence.substring(m.end())).find()) {
            return true; // "What we need to do is educate people": the action follows "is"
        }
        // Embedded questions and conditions: "what such a law should look like", "if Korea could ...".
        if (clauseWord.equals("what") || clauseWord.equals("how") || clauseWord.equals("whether")
                || clauseWord.equals("why") || clauseWord.equals("where") || clauseWord.equals("when")
                || clauseWord.equals("if") || clauseWord.equals("unless") || clauseWord.equals("once")) {
            return false;
        }
        // "Should the talks fail, ..." is a condition; a modal that opens a sentence has no subject before it.
        if (subject.empty() && !subject.relative() && auxiliaryStart(sentence, m.start()) < 3) {
            return false;
        }
        if (verb.isEmpty() || verb.equals("have") && isPerfect(sentence, verbStart)) {
            return false;
        }
        if (verbStart >= 0 && SELF_OR_OPINION.matcher(sentence.substring(verbStart)).find()) {
            return false;
        }
        if (previousWordIs(sentence, m.start(), "than")) {
            return false;
        }
        if (isPurposeOrRelative(sentence, subject) || inRelativeClause(sentence, subject)) {
            return false;
        }
        String modal = m.group().toLowerCase(Locale.ROOT);
        if ((modal.startsWith("need") || modal.startsWith("ha")) && (previousWordIs(sentence, m.start(), "not")
                || previousWordIs(sentence, m.start(), "might") || previousWordIs(sentence, m.start(), "may")
                || sentence.substring(Math.max(0, m.start() - 4), m.start()).contains("n't")
                || sentence.substring(Math.max(0, m.start() - 4), m.start()).contains("n’t"))) {
            return false; // "I don't need to tell you", "he might have to": no proposal
        }
        if ((modal.startsWith("ha") || modal.startsWith("need")) && CONSEQUENCE_OPENING.matcher(sentence).find()) {
            return false; // "As a result, these firms need to raise prices": a necessity that follows from facts
        }
        if ((modal.startsWith("ha") || modal.startsWith("need")) && firstWordIs(sentence, subject, "you")) {
            return false; // "To prevail, you have to prove ...": a generic description
        }
        if (verb.equals("be") && !firstWordIs(sentence, subject, "there")
                && BE_EVALUATION.matcher(sentence.substring(verbStart)).find()) {
            return false; // "should be a wake-up call": an evaluation, not an action (R8)
        }
        if (verbStart >= 0 && ATTITUDE.matcher(sentence.substring(verbStart)).find()) {
            return false; // "should be concerned about", "should keep realistic expectations": a feeling, not an action
        }
        if (modal.startsWith("will") && verbStart >= 0 && COST_OBJECT.matcher(sentence.substring(m.end())).find()) {
            return false; // "will require a significant effort": what a course of action costs, not a proposal
        }
        if (verbStart >= 0 && isEmptyExhortation(sentence, subject, verbStart)) {
            return false; // "We must act now": an exhortation that names no action (R8)
        }
        boolean actorSubject = hasActorHead(sentence, subject);
        if (!possibility) {
            // R7 also covers "should help ensure": a statement that something helps is not a proposal.
            return !(verb.equals("help") && !actorSubject);
        }
        if (firstWordIs(sentence, subject, "it") && VerbLexicon.EFFECT.contains(verb)) {
            return false; // "it might give gatekeepers a chance": an effect of a thing
        }
        if (modal.equals("can") && firstWordIs(sentence, subject, "we")) {
            return false; // "We now can read genetic code": an ability, not a proposal
        }
        if (negated || clauseWord.equals("so") || Words.nextWord(sentence, m.end()).equals("only")) {
            return false; // "so they can", "can only solve the simplest problems"
        }
        if (verb.equals("be")) {
            String participle = passiveParticiple(sentence, verbStart);
            if (participle == null || VerbLexicon.NON_AGENTIVE_PASSIVE.contains(participle)) {
                return false;
            }
            // "Korea's fund could be tapped": a passive possibility proposes only when it names who would act,
            // or in a list of proposals when it hangs on the item's main clause ("interests that could be leveraged").
            return mentionsActor(sentence, subject) || subject.relative() && context.recommendationListItem();
        }
        if (VerbLexicon.NON_AGENTIVE.contains(verb)) {
            return false;
        }
        if (actorSubject) {
            return true;
        }
        return context.recommendationListItem() && !VerbLexicon.EFFECT.contains(verb);
    }

    private static final Pattern PSEUDO_CLEFT = Pattern.compile("(?i)^\\s+(?:\\p{L}+ly\\s+|now\\s+)?do\\s+(?:now\\s+)"
            + "?is\\s+"
            + "(?:to\\s+)?\\p{Ll}");

    /** "the crisis requires decisive federal action", "this requires holding off": a necessity, R9 must. */
    private static final Pattern REQUIRES_ACTION = Pattern.compile("(?i)(?<![\\p{L}])requires?\\s+(?:(\\p{Ll}{3,}ing)"
            + "\\s+(?=\\p{L})"
            + "|(?:(?:decisive|urgent|immediate|swift|bold|concerted|coordinated|determined|federal|government|"
            + "national|"
            + "political|collective|further|more|policy|public|state)\\s+){0,4}(?:action|intervention)(?![\\p{L}]))");

    /** Words in -ing that are nouns: "requires funding" states a cost, not an action to take. */
    private static final Set<String> ING_NOUNS = Set.of("funding", "training", "housing", "spending", "planning",
            "building", "financing", "staffing", "testing", "monitoring", "reporting", "licensing", "processing",
            "engineering", "marketing", "shipping", "manufacturing", "understanding", "thinking", "something",
            "nothing", "anything", "everything", "during", "according", "including", "being", "having", "lending",
            "borrowing", "pricing");

    private static void findRequiresAction(String sentence, List<Cue> cues) {
        Matcher m = REQUIRES_ACTION.matcher(sentence);
        while (m.find()) {
            if (m.group(1) != null && ING_NOUNS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                continue;
            }
            Subject subject = SubjectLocator.locate(sentence, auxiliaryStart(sentence, m.start()));
            String clauseWord = subject.clauseWord();
            if (clauseWord.equals("what") || clauseWord.equals("if") || clauseWord.equals("how")
                    || clauseWord.equals("whether") || subject.empty() && !subject.relative()) {
                continue;
            }
            int actionStart = Words.nextWordStart(sentence, m.start() + "require".length());
            cues.add(new Cue(Strength.MUST, m.start(), m.end(), subject, -1, -1, actionStart, false, false));
        }
    }

    private static final Pattern CONSEQUENCE_OPENING = Pattern.compile("(?i)^\\P{L}*(?:as\\s+a\\s+(?:result|"
            + "consequence)|"
            + "consequently|because\\s+of\\s+this|in\\s+turn)\\s*,");

    /** Feelings and expectations after a modal: an attitude to hold, not an action to take. */
    private static final Pattern ATTITUDE = Pattern.compile("(?i)^(?:be\\s+(?:\\p{L}+ly\\s+|more\\s+|very\\s+|"
            + "deeply\\s+)?"
            + "(?:concerned|worried|alarmed|troubled|pleased|glad|happy|proud|grateful|afraid|anxious|hopeful|"
            + "optimistic|"
            + "pessimistic|disappointed|encouraged|reassured|surprised|excited|satisfied|comfortable|upset|angry|"
            + "frustrated|relieved|delighted)(?![\\p{L}])|(?:feel|hope|wish|worry|fear|rejoice|regret)(?![\\p{L}])"
            + "|(?:have|hold|keep|maintain|harbou?r|temper|lower|manage)\\s+(?:\\p{L}+\\s+){0,2}"
            + "(?:expectations|hopes|illusions|doubts|fears|feelings)(?![\\p{L}]))");

    /** "will require a significant policy effort", "will require years": an amount of effort, time or money. */
    private static final Pattern COST_OBJECT = Pattern.compile("(?i)^\\s+(?:(?:a|an|the|much|more|some|many|several|"
            + "considerable|significant|substantial|enormous|huge|large|major|sustained|great|additional|\\p{L}+ly|"
            + "policy|"
            + "political|public|new|further)\\s+){0,4}(?:[$€£]|\\d|effort|efforts|time|years|months|decades|money|"
            + "resources|"
            + "investments?|funding|spending|sacrifices?|costs?|billions?|millions?|trillions?|patience|commitment|"
            + "capital)");

    /** Generic subjects of a rallying cry, and the verbs of one: "we must act", "everyone needs to do more". */
    private static final Set<String> RALLYING_SUBJECTS = Set.of("we", "everyone", "everybody", "all", "something",
            "world");
    private static final Pattern EMPTY_ACTION = Pattern.compile("(?i)^(?:act|"
            + "move\\s+(?:on|forward|faster|quickly)|step\\s+up|wake\\s+up|get\\s+serious|"
            + "rise\\s+to\\s+the\\s+challenge)"
            + "(?:\\s+(?:now|quickly|fast|urgently|immediately|together|decisively|today|soon|swiftly|boldly|again))*"
            + "\\s*(?:$|[.!;,'\"’”—–-])");

    private static boolean isEmptyExhortation(String sentence, Subject subject, int verbStart) {
        if (subject.empty() || !EMPTY_ACTION.matcher(sentence.substring(verbStart)).find()) {
            return false;
        }
        int last = Words.wordStartBefore(sentence, subject.end());
        return last >= 0 && RALLYING_SUBJECTS.contains(Words.lower(sentence, last, Words.wordEnd(sentence, last))
                .replaceAll("^\\P{L}+", "")); // "'We must act now,' he said": the quote is not part of the word
    }

    private static final Pattern BE_EVALUATION = Pattern.compile("(?i)^be\\s+(?:a|an)\\s+(?!priority|focus|requirement|"
            + "condition|prerequisite|top|key|central|core|first|major|matter)");

    /** Words before a subject that make the clause a purpose ("to ensure firms can compete") rather than a proposal. */
    private static final java.util.Set<String> PURPOSE = java.util.Set.of("ensure", "ensures", "ensuring", "guarantee",
            "guarantees", "so", "lest");

    /** Words that may stand between a noun and a pronoun subject without making a reduced relative clause. */
    private static final java.util.Set<String> BEFORE_PRONOUN = java.util.Set.of("now", "then", "so", "today", "here",
            "there", "together", "finally", "first", "second", "third", "next", "thus", "hence", "therefore", "instead",
            "also", "still", "yet", "again", "all", "both", "and", "or", "but", "that", "if", "when", "as", "because",
            "while", "since", "where", "which", "who", "what", "how", "why", "whether", "said", "says", "say", "argue",
            "argues", "believe", "believes", "think", "thinks", "know", "means", "mean");

    /**
     * "to ensure Western companies can compete", "so that nurses no longer have to": purpose clauses.
     * "the three tools it can use", "the way we can achieve": a pronoun right after a noun opens a reduced
     * relative clause. Neither proposes anything.
     */
    private static boolean isPurposeOrRelative(String sentence, Subject subject) {
        if (subject.empty()) {
            return false;
        }
        int first = Words.nextWordStart(sentence, subject.start());
        String firstWord = first < 0 ? "" : Words.lower(sentence, first, Words.wordEnd(sentence, first));
        int before = Words.wordStartBefore(sentence, subject.start());
        String previous = before < 0 ? "" : Words.lower(sentence, before, Words.wordEnd(sentence, before));
        if (previous.equals("so") && before == Words.nextWordStart(sentence, 0)) {
            return false; // "So certainly the use of X should ...": a sentence-opening connective, not a purpose
        }
        if (PURPOSE.contains(firstWord) || PURPOSE.contains(previous)
                || previous.equals("that") && previousWordIs(sentence, before, "so")) {
            return true;
        }
        int last = Words.wordStartBefore(sentence, subject.end());
        if (last < 0 || !PRONOUNS.contains(Words.lower(sentence, last, Words.wordEnd(sentence, last)))) {
            return false;
        }
        int wordBefore = Words.wordStartBefore(sentence, last);
        if (wordBefore < 0 || wordBefore == Words.nextWordStart(sentence, 0)) {
            return false; // punctuation before the pronoun ("..., they must"), or a sentence-opening adverb
        }
        String noun = Words.lower(sentence, wordBefore, Words.wordEnd(sentence, wordBefore));
        return !BEFORE_PRONOUN.contains(noun) && !AUXILIARIES.contains(noun)
                && !(noun.endsWith("ly") && noun.length() > 4)
                && !SubjectLocator.CLAUSE_WORDS.contains(noun) && !SubjectLocator.isVerbish(noun)
                && !Character.isDigit(noun.charAt(0));
    }

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("it", "they", "we", "you", "he", "she", "i");

    /** Plural words before "that" which take a complement clause rather than a relative one. */
    private static final java.util.Set<String> COMPLEMENT_TAKERS = java.util.Set.copyOf(List.of("says", "argues",
            "recommends", "suggests", "believes", "thinks", "insists", "warns", "notes", "agrees", "concludes",
            "proposes", "stresses", "urges", "demands", "requires", "ensures", "means", "shows", "finds", "states",
            "claims", "adds", "hopes", "expects", "acknowledges", "recognises", "recognizes", "emphasises",
            "emphasizes", "signals", "indicates", "suggestions", "calls", "proposals", "recommendations", "demands",
            "arguments", "hopes", "views", "signs", "reports", "claims", "fears", "concerns", "warnings",
            "expectations", "indications", "grounds", "terms",
            "lines", "ways", "is", "was", "has", "does", "as", "years", "times", "days"));

    /**
     * "21 new rules that gatekeepers must adhere to": a modal inside a relative clause on a plural noun
     * describes an obligation; it proposes nothing (R8).
     */
    private static boolean inRelativeClause(String sentence, Subject subject) {
        if (!subject.clauseWord().equals("that") && !subject.clauseWord().equals("which")) {
            return false;
        }
        int that = Words.wordStartBefore(sentence, subject.start());
        int before = that < 0 ? -1 : Words.wordStartBefore(sentence, that);
        if (before < 0) {
            return false;
        }
        String noun = Words.lower(sentence, before, Words.wordEnd(sentence, before));
        return noun.length() > 3 && noun.endsWith("s") && !noun.endsWith("ss") && !noun.endsWith("ous")
                && !COMPLEMENT_TAKERS.contains(noun) && !SubjectLocator.isVerbish(noun);
    }

    private static boolean firstWordIs(String sentence, Subject subject, String word) {
        int start = subject.empty() ? -1 : Words.nextWordStart(sentence, subject.start());
        return start >= 0 && Words.lower(sentence, start, Words.wordEnd(sentence, start)).equals(word);
    }

    private static boolean isPerfect(String sentence, int haveStart) {
        String next = Words.nextWord(sentence, Words.wordEnd(sentence, haveStart));
        return next.equals("been") || next.endsWith("ed") || next.endsWith("en") || next.equals("done")
                || next.equals("made");
    }

    /** The participle after "be" in "could be tapped", or null when "be" is not followed by one. */
    private static String passiveParticiple(String sentence, int beStart) {
        int next = Words.skipAdverbs(sentence, Words.wordEnd(sentence, beStart), VerbLexicon.ADVERBS);
        if (next < 0) {
            return null;
        }
        String word = Words.lower(sentence, next, Words.wordEnd(sentence, next));
        boolean participle = word.endsWith("ed") || word.endsWith("en") || word.equals("built") || word.equals("set")
                || word.equals("put") || word.equals("spent") || word.equals("sent") || word.equals("made")
                || word.equals("held") || word.equals("led") || word.equals("brought") || word.equals("sought")
                || word.equals("paid") || word.equals("met") || word.equals("won") || word.equals("kept");
        return participle ? word : null;
    }

    private static boolean previousWordIs(String sentence, int pos, String word) {
        if (pos <= 0) {
            return false;
        }
        int prev = Words.wordStartBefore(sentence, pos);
        return prev >= 0 && Words.lower(sentence, prev, Words.wordEnd(sentence, prev)).equals(word);
    }

    /** The subject is an actor itself (not "South Korea's collaboration"), a group phrase or "we". */
    static boolean hasActorHead(String sentence, Subject subject) {
        if (subject.empty()) {
            return false;
        }
        // A party the lexicon knows heads the phrase ("the United States and its allies", "it", "we"), not
        // only a common noun ("firms can ..." is mostly a description).
        for (Party party : PhraseReader.read(sentence, subject.start(), subject.end(), List.of(), 0).parties()) {
            if (party.type() != Party.Type.AGENT) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern LOCATIVE = Pattern.compile("(?i)(?<![\\p{L}])(?:in|across|within|throughout|outside|"
            + "at)\\s");

    /**
     * The subject names a party: "Korea's fund could be tapped". A party after a place preposition only says where
     * the thing is ("Shipyards in Japan and Korea can be strengthened") and names no one who would act.
     */
    private static boolean mentionsActor(String sentence, Subject subject) {
        Matcher locative = LOCATIVE.matcher(sentence).region(subject.start(), subject.end());
        int placesFrom = locative.find() ? locative.start() : subject.end();
        for (ActorLexicon.Hit hit : ActorLexicon.find(sentence, subject.start(), placesFrom)) {
            if (hit.kind() != ActorLexicon.Kind.PRONOUN) {
                return true;
            }
        }
        return false;
    }

    private static void findImpersonal(String sentence, List<Cue> cues) {
        Matcher m = IMPERSONAL.matcher(sentence);
        while (m.find()) {
            String adjective = m.group(1).toLowerCase(Locale.ROOT);
            Strength strength = switch (adjective) {
                case "important", "advisable", "wise", "prudent", "desirable", "time" -> Strength.SHOULD;
                default -> Strength.MUST;
            };
            addAddresseeCue(sentence, m.start(), m.end(), strength, cues);
        }
        m = BEST_INTERESTS.matcher(sentence);
        while (m.find()) {
            addAddresseeCue(sentence, m.start(), m.end(), Strength.SHOULD, cues);
        }
        m = THERE_IS_NEED.matcher(sentence);
        while (m.find()) {
            cues.add(new Cue(Strength.MUST, m.start(), m.end(), null, -1, -1, m.end(), false, false));
        }
        m = WOULD_BE_FOR.matcher(sentence);
        while (m.find()) {
            addAddresseeCue(sentence, m.start(), m.end(), Strength.COULD, cues);
        }
        m = IS_NEEDED.matcher(sentence);
        while (m.find()) {
            Subject subject = SubjectLocator.locate(sentence, m.start());
            if (!subject.empty() && !subject.clauseWord().equals("what") && !subject.clauseWord().equals("if")) {
                cues.add(new Cue(Strength.MUST, m.start(), m.end(), subject, -1, -1, subject.start(), false, false));
            }
        }
    }

    /** The addressee runs from the cue to the following "to" (for-infinitive) or to the next verb-like word. */
    private static void addAddresseeCue(String sentence, int cueStart, int cueEnd, Strength strength, List<Cue> cues) {
        int to = findInfinitiveTo(sentence, cueEnd);
        int addresseeEnd = to >= 0 ? to : Math.min(sentence.length(), cueEnd + 60);
        cues.add(new Cue(strength, cueStart, cueEnd, null, cueEnd, addresseeEnd, to >= 0 ? to : cueEnd, false, false));
    }

    private static int findInfinitiveTo(String sentence, int from) {
        Matcher m = INFINITIVE_TO.matcher(sentence);
        m.region(from, Math.min(sentence.length(), from + 80));
        return m.find() ? m.start() : -1;
    }

    private static void findNeedsObject(String sentence, List<Cue> cues) {
        Matcher m = NEEDS_OBJECT.matcher(sentence);
        while (m.find()) {
            Subject subject = SubjectLocator.locate(sentence, m.start());
            if (!subject.clauseWord().equals("what") && !subject.clauseWord().equals("if")
                    && hasActorHead(sentence, subject)
                    && ActorLexicon.find(sentence, subject.start(), subject.end()).stream()
                    .noneMatch(hit -> hit.kind() == ActorLexicon.Kind.AUTHOR
                            || hit.kind() == ActorLexicon.Kind.PRONOUN)) {
                cues.add(new Cue(Strength.MUST, m.start(), m.end(), subject, -1, -1, m.end(), false, false));
            }
        }
    }

    /**
     * A reporting verb reports a proposal when it is finite or a participle after a noun: not an adjective
     * ("the proposed changes", "Under this proposed model"), not a gerund opening the sentence or after a
     * preposition ("Asking a country ...", "Beyond calling for ..."), not hypothetical ("would be asking").
     */
    private static boolean reportsAProposal(String sentence, Matcher m) {
        String first = Words.lower(sentence, m.start(), Words.wordEnd(sentence, m.start()));
        int prev = Words.wordStartBefore(sentence, m.start());
        String previous = prev < 0 ? "" : Words.lower(sentence, prev, Words.wordEnd(sentence, prev));
        if (previous.endsWith("ly") && prev >= 0) {
            int before = Words.wordStartBefore(sentence, prev);
            previous = before < 0 ? "" : Words.lower(sentence, before, Words.wordEnd(sentence, before));
        }
        if (m.group(11) != null) {
            return true; // "the Report suggests new legislation": the determiner belongs to the reporting subject
        }
        if (first.endsWith("ing")) {
            if (m.start() == Words.nextWordStart(sentence, 0) || NOT_BEFORE_GERUND.contains(previous)) {
                return false;
            }
            if (previous.equals("be") || previous.equals("been")) {
                return false;
            }
        }
        return !(previous.equals("the") || previous.equals("a") || previous.equals("this") || previous.equals("these")
                || previous.equals("its") || previous.equals("their") || previous.equals("our")
                || previous.endsWith("'s")
                || previous.endsWith("’s"));
    }

    private static final java.util.Set<String> NOT_BEFORE_GERUND = java.util.Set.of("beyond", "by", "from", "in", "of",
            "for", "about", "after", "before", "without", "despite", "through", "on", "with", "while", "since",
            "besides", "like", "at", "to");

    /** The "to" after an addressee opens an infinitive, not a place ("to the G-7"). */
    private static boolean infinitiveFollows(String sentence, int to) {
        int next = Words.nextWordStart(sentence, to + 2);
        if (next < 0) {
            // "to 'meet and exceed'"
            return sentence.indexOf('\'', to) == to + 3 || sentence.indexOf('‘', to) == to + 3;
        }
        String word = Words.lower(sentence, next, Words.wordEnd(sentence, next));
        return !Character.isUpperCase(sentence.charAt(next))
                && !Set.of("the", "a", "an", "this", "these", "its", "their", "his", "her", "our", "that", "those",
                        "which", "whom").contains(word)
                && !Character.isDigit(word.charAt(0));
    }

    private static void findWeNeed(String sentence, List<Cue> cues) {
        Matcher m = WE_NEED.matcher(sentence);
        while (m.find()) {
            if (previousWordIs(sentence, m.start(), "what") || previousWordIs(sentence, m.start(), "everything")) {
                continue; // "This is what we need:"
            }
            int to = findInfinitiveTo(sentence, m.end());
            if (to > m.end() && to - m.end() < 40 && infinitiveFollows(sentence, to)) {
                // "we just need Congress to appropriate the funds": Congress is asked to act
                cues.add(new Cue(Strength.MUST, m.start(), m.end(), null, m.end(), to, to, false, false));
                continue;
            }
            Subject subject = new Subject(m.start(), m.start() + 2, "", false);
            cues.add(new Cue(Strength.MUST, m.start(), m.end(), subject, -1, -1, m.end(), false, false));
        }
    }

    private static void findReporting(String sentence, List<Cue> cues) {
        Matcher m = REPORTING.matcher(sentence);
        while (m.find()) {
            if ((m.group(1) != null || m.group(10) != null) && (previousWordIs(sentence, m.start(), "as")
                    || previousWordIs(sentence, m.start(), "the") || previousWordIs(sentence, m.start(), "a")
                    || previousWordIs(sentence, m.start(), "its") || previousWordIs(sentence, m.start(), "their"))) {
                continue; // "the proposed changes", "as recommended"
            }
            if (Words.nextWord(sentence, m.end()).equals("the") && sentence.regionMatches(true,
                    Words.nextWordStart(sentence, m.end()), "the following", 0, 13)) {
                continue; // "we recommend the following policies": a lead-in (R8)
            }
            if (!reportsAProposal(sentence, m)) {
                continue;
            }
            int to = findInfinitiveTo(sentence, m.end());
            boolean needsAddressee = m.group(ADDRESSEE_VERBS) != null;
            if (needsAddressee && to >= 0 && !infinitiveFollows(sentence, to)) {
                continue; // "invite Korea to the G-7 summit"
            }
            if (needsAddressee && (to < 0 || to - m.end() > 60 || to == Words.nextWordStart(sentence, m.end()))) {
                continue; // "asked whether", "encourages innovation": no one is asked to act
            }
            boolean addresseeBeforeTo = (m.group(2) != null || needsAddressee
                    || m.group(3) != null && m.group().toLowerCase(Locale.ROOT).matches(".*\\s(on|upon)")) && to >= 0;
            int addresseeStart = m.end();
            int addresseeEnd = addresseeBeforeTo ? to : Math.min(sentence.length(), m.end() + 60);
            if ((m.group(1) != null || m.group(11) != null) && Words.nextWord(sentence, m.end()).equals("that")) {
                addresseeStart = Words.wordEnd(sentence, Words.nextWordStart(sentence, m.end()));
            }
            cues.add(new Cue(Strength.RECOMMEND, m.start(), m.end(), null, addresseeStart, addresseeEnd,
                    addresseeBeforeTo ? to : m.end(), false, true));
        }
    }
}
