package io.policylens.recommendations.extraction;

/**
 * A word or phrase that marks a sentence as proposing an action (a modal, "it is essential that",
 * "urges"), with what the sentence says about who should act.
 *
 * @param strength       strength the cue gives (GUIDELINES R9)
 * @param start          start of the cue in the sentence
 * @param end            end of the cue
 * @param subject        where the subject before a modal is; null for cues whose addressee follows them
 * @param addresseeStart start of the addressee after the cue ("it is crucial that <the two countries> work"), or -1
 * @param addresseeEnd   end of that addressee, or -1
 * @param actionStart    where the proposed action starts in the sentence
 * @param negated        true for "should not", "must never"
 * @param reporting      true for reporting verbs (recommend, urge, call for) that carry no modal of their own
 */
record Cue(Strength strength, int start, int end, Subject subject, int addresseeStart, int addresseeEnd,
           int actionStart, boolean negated, boolean reporting) {
}
