package io.policylens.recommendations.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
            + "|(needs?\\s+to)|(ha(?:ve|s)\\s+to)|(would\\s+(?:be\\s+wise|do\\s+well)\\s+to)|(could)|(can)(?!not)|(might)"
            + "|(may\\s+(?:want|wish)\\s+to)|(will\\s+require))(?![\\p{L}-])");

    private static final Pattern IMPERSONAL = Pattern.compile("(?i)(?<![\\p{L}])it\\s+(?:is|will\\s+be|would\\s+be|remains|becomes)"
            + "\\s+(?:now\\s+|therefore\\s+|thus\\s+|also\\s+|still\\s+|more\\s+|all\\s+the\\s+more\\s+)?(?:\\p{L}+ly\\s+)?"
            + "(essential|necessary|crucial|critical|vital|imperative|urgent|important|advisable|wise|prudent|desirable|time)"
            + "\\s+(?:that|for)(?![\\p{L}])");

    private static final Pattern BEST_INTERESTS = Pattern.compile("(?i)(?<![\\p{L}])in\\s+the\\s+(?:best\\s+)?interests?\\s+of(?![\\p{L}])");

    private static final Pattern WOULD_BE_FOR = Pattern.compile("(?i)(?<![\\p{L}])would\\s+be\\s+for(?![\\p{L}])");

    private static final Pattern WE_NEED = Pattern.compile("(?<![\\p{L}])[Ww]e\\s+(?:\\p{L}+ly\\s+|also\\s+|still\\s+)?need(?![\\p{L}])(?!\\s+to\\b)(?!\\s+not\\b)");

    private static final Pattern IS_NEEDED = Pattern.compile("(?i)(?<![\\p{L}])(?:is|are)\\s+(?:\\p{L}+ly\\s+|also\\s+|still\\s+)?needed(?![\\p{L}])");

    private static final Pattern REPORTING = Pattern.compile("(?i)(?<![\\p{L}])(?:(recommend(?:s|ed)?)|(urg(?:e|es|ed))"
            + "|(call(?:s|ed)?\\s+(?:on|upon|for))|(advocat(?:e|es|ed)\\s+(?:for|that))|((?:is|are)\\s+(?:urged|encouraged|advised)\\s+to)"
            + "|(we\\s+(?:strongly\\s+)?(?:encourage|propose|suggest))|(identif(?:y|ies|ied)\\s+as\\s+a\\s+(?:high\\s+|top\\s+)?priority)"
            + "|(I\\s+have\\s+\\p{L}+\\s+suggestions))(?![\\p{L}])");

    private static final Pattern SELF_OR_OPINION = Pattern.compile("(?i)^\\s*(?:not\\s+)?(?:be\\s+(?:of\\s+interest|noted|emphasi[sz]ed|stressed|"
            + "remembered|mentioned|pointed\\s+out|surprising|no\\s+surprise|obvious|clear)|come\\s+as|not\\s+be\\s+surprising|"
            + "look\\s+like|be\\s+said|go\\s+without)");

    private static final Pattern LAW_MANDATE = Pattern.compile("(?i)(?<![\\p{L}])(?:under\\s+the\\s+(?:\\p{L}+\\s+){0,4}(?:act|law|bill|"
            + "rule|regulation|agreement|treaty|directive|program|programme)|(?:the|this|that)\\s+(?:\\p{L}+\\s+){0,3}(?:act|law|bill|"
            + "legislation|regulation|rule|directive|statute|provision)\\s+(?:would\\s+)?(?:requires?|mandates?|stipulates?|"
            + "provides?\\s+that|directs?))(?![\\p{L}])");

    private static final Pattern INFINITIVE_TO = Pattern.compile("(?<![\\p{L}])to(?![\\p{L}])");

    private CueFinder() {
    }

    static List<Cue> find(String sentence, Context context) {
        List<Cue> cues = new ArrayList<>(2);
        // Cheap substring tests first: most sentences contain none of the rarer cues, and regexes cost.
        String lower = sentence.toLowerCase(Locale.ROOT);
        if ((lower.contains("requir") || lower.contains("mandat") || lower.contains("stipulat") || lower.contains("provide")
                || lower.contains("direct") || lower.contains("under the")) && LAW_MANDATE.matcher(sentence).find()) {
            return cues;
        }
        findModals(sentence, context, cues);
        if (lower.contains("it ") || lower.contains("interest") || lower.contains("would be for") || lower.contains("needed")) {
            findImpersonal(sentence, cues);
        }
        if (lower.contains("need")) {
            findWeNeed(sentence, cues);
        }
        if (lower.contains("recommend") || lower.contains("urg") || lower.contains("call") || lower.contains("advocat")
                || lower.contains("encourag") || lower.contains("advise") || lower.contains("we ") || lower.contains("identif")
                || lower.contains("suggestion")) {
            findReporting(sentence, cues);
        }
        cues.sort((a, b) -> Integer.compare(a.start(), b.start()));
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
            boolean negated = verb.equals("not") || verb.equals("never") || m.group().toLowerCase(Locale.ROOT).endsWith("n't");
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

    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("will", "would", "also", "still", "therefore",
            "now", "further", "thus", "then", "both", "all", "surely", "too", "itself", "themselves", "first");

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
        return word.equals("the") || word.equals("a") || word.equals("this") || word.equals("its") || word.equals("their")
                || word.equals("no") || word.equals("urgent") || word.equals("growing") || word.equals("clear");
    }

    private static boolean hasToDoWith(String sentence, int end) {
        return sentence.regionMatches(true, Words.nextWordStart(sentence, end) < 0 ? end : Words.nextWordStart(sentence, end),
                "do with", 0, 7);
    }

    private static boolean isProposal(String sentence, Matcher m, Subject subject, String verb, int verbStart,
                                      boolean negated, boolean possibility, Context context) {
        String clauseWord = subject.clauseWord();
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
        boolean actorSubject = hasActorHead(sentence, subject);
        if (!possibility) {
            // R7 also covers "should help ensure": a statement that something helps is not a proposal.
            return !(verb.equals("help") && !actorSubject);
        }
        if (negated || clauseWord.equals("so") || previousWordIs(sentence, subject.start(), "that")
                && previousWordIs(sentence, Words.wordStartBefore(sentence, subject.start()), "so")) {
            return false;
        }
        if (verb.equals("be")) {
            String participle = passiveParticiple(sentence, verbStart);
            if (participle == null || VerbLexicon.NON_AGENTIVE_PASSIVE.contains(participle)) {
                return false;
            }
            return mentionsActor(sentence, subject) || context.recommendationListItem();
        }
        if (VerbLexicon.NON_AGENTIVE.contains(verb)) {
            return false;
        }
        if (actorSubject) {
            return true;
        }
        return context.recommendationListItem() && !VerbLexicon.EFFECT.contains(verb);
    }

    private static boolean isPerfect(String sentence, int haveStart) {
        String next = Words.nextWord(sentence, Words.wordEnd(sentence, haveStart));
        return next.equals("been") || next.endsWith("ed") || next.endsWith("en") || next.equals("done") || next.equals("made");
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
        List<ActorLexicon.Hit> hits = ActorLexicon.find(sentence, subject.start(), subject.end());
        if (hits.isEmpty()) {
            return false;
        }
        ActorLexicon.Hit last = hits.get(hits.size() - 1);
        // "South Korea's partnership with India": India closes the phrase but is not its head.
        return sentence.substring(last.end(), subject.end()).isBlank() && !ActorResolver.afterTargetWord(sentence, last.start());
    }

    private static boolean mentionsActor(String sentence, Subject subject) {
        for (ActorLexicon.Hit hit : ActorLexicon.find(sentence, subject.start(), subject.end())) {
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

    private static void findWeNeed(String sentence, List<Cue> cues) {
        Matcher m = WE_NEED.matcher(sentence);
        while (m.find()) {
            Subject subject = new Subject(m.start(), m.start() + 2, "", false);
            cues.add(new Cue(Strength.MUST, m.start(), m.end(), subject, -1, -1, m.end(), false, false));
        }
    }

    private static void findReporting(String sentence, List<Cue> cues) {
        Matcher m = REPORTING.matcher(sentence);
        while (m.find()) {
            if (m.group(1) != null && (previousWordIs(sentence, m.start(), "as") || previousWordIs(sentence, m.start(), "the")
                    || previousWordIs(sentence, m.start(), "a") || previousWordIs(sentence, m.start(), "its"))) {
                continue;
            }
            int to = findInfinitiveTo(sentence, m.end());
            boolean addresseeBeforeTo = (m.group(2) != null || m.group(3) != null && m.group().toLowerCase(Locale.ROOT).contains(" on"))
                    && to >= 0;
            int addresseeStart = m.end();
            int addresseeEnd = addresseeBeforeTo ? to : Math.min(sentence.length(), m.end() + 60);
            if (m.group(1) != null && Words.nextWord(sentence, m.end()).equals("that")) {
                addresseeStart = Words.wordEnd(sentence, Words.nextWordStart(sentence, m.end()));
            }
            cues.add(new Cue(Strength.RECOMMEND, m.start(), m.end(), null, addresseeStart, addresseeEnd,
                    addresseeBeforeTo ? to : m.end(), false, true));
        }
    }
}
