package io.policylens.recommendations.extraction;

import io.policylens.documents.annotation.EntityMention;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides who is asked to act (GUIDELINES R10), in two steps.
 *
 * <p>{@link #find} reads the sentence alone: the subject of the modal ({@link PhraseReader}), the agent of
 * a passive ("must be pursued by the new government"), the addressee of a reporting verb ("urged
 * developed nations to", "calling on Congress to") or of an impersonal cue ("it is crucial that the two
 * countries"). Pronouns are resolved to the nearest earlier party of the same number. A subject headed by
 * a thing, a passive subject or an imperative gives no explicit actor.
 *
 * <p>{@link #decide} then completes sentences without an explicit actor from their surroundings: the
 * list lead-in, parties named inside the subject ("Korea's fund could be tapped"), an explicit actor
 * of the same paragraph, and finally the state-like party the document's explicit proposals address
 * most often. Nothing else: a country the document merely talks about (the target of export controls)
 * never becomes the actor, and when nothing names one the actor is null.
 */
final class ActorResolver {

    /** Parties named right after these words are partners or targets, not the ones asked to act. */
    private static final Set<String> NOT_ACTOR_AFTER = Set.of("from", "against", "on", "over", "to", "toward",
            "towards", "than", "with", "vis-à-vis", "into", "beyond", "of", "like", "including", "as", "outside",
            "inside", "in", "at", "for", "about", "through", "across", "among", "around", "near", "via", "under",
            "after", "before", "since", "until", "within", "without", "excluding", "besides", "except", "onto", "upon",
            "throughout", "by");

    private static final Pattern PASSIVE = Pattern.compile("(?i)^\\s*(?:not\\s+|also\\s+|further\\s+|still\\s+|"
            + "\\p{L}+ly\\s+)*"
            + "be\\s+(?:\\p{L}+ly\\s+|further\\s+|also\\s+)*(?!able\\b|ready\\b|willing\\b|prepared\\b|responsible\\b|"
            + "allowed\\b)"
            + "([\\p{L}-]+(?:ed|en)|built|set|put|spent|sent|made|held|led|brought|sought|paid|met|kept|given|taken|"
            + "done|cut)\\b");

    private static final Pattern PASSIVE_AGENT = Pattern.compile("(?i)^\\s*(?:not\\s+)?be\\s+[^,;:]{0,80}?\\bby\\s+");

    /** "He told governments ... and urged a radical shift": the addressee of an earlier verb of speaking. */
    private static final Pattern SPOKEN_TO = Pattern.compile("(?i)(?<![\\p{L}])(?:told|tells|tell|warned|warns|"
            + "reminded|"
            + "reminds|asked|asks|pressed|presses|urged|urges)\\s+");

    private final DocumentContext context;
    /** The state-like party the document's explicit proposals address most; known after the first pass. */
    private String documentAddressee;

    ActorResolver(DocumentContext context) {
        this.context = context;
    }

    /** Sets the document's addressee once the explicit actors of all its proposals are known. */
    void addressDocumentTo(String addressee) {
        this.documentAddressee = addressee;
        context.forgetLeadInActors();
    }

    /** Where the actor of a sentence can come from. */
    record SentenceFacts(int index, String text, List<EntityMention> mentions, List<Cue> cues) {
    }

    /** What the sentence itself says: parties it addresses explicitly, and weaker candidates. */
    record Finding(List<Party> parties, List<Party> weak) {

        boolean explicit() {
            return !parties.isEmpty();
        }
    }

    /** Step one: the parties the sentence itself names as the ones to act. */
    Finding find(SentenceFacts facts) {
        List<Party> parties = new ArrayList<>(2);
        List<Party> weak = new ArrayList<>(1);
        for (Cue cue : facts.cues()) {
            fromCue(facts, cue, parties, weak);
        }
        return new Finding(dedupe(parties), dedupe(weak));
    }

    private void fromCue(SentenceFacts facts, Cue cue, List<Party> parties, List<Party> weak) {
        String text = facts.text();
        int base = context.sentence(facts.index()).start();
        if (cue.subject() != null) {
            boolean passive = PASSIVE.matcher(text.substring(cue.end())).find();
            if (cue.subject().relative()) {
                // "the two nations have interests that could be leveraged": the parties of the main clause act.
                parties.addAll(namedIn(facts, 0, cue.start()));
            }
            if (!cue.subject().empty()) {
                PhraseReader.Reading subject = PhraseReader.read(text, cue.subject().start(), cue.subject().end(),
                        facts.mentions(), base);
                if (passive) {
                    // The subject of a passive undergoes the action; a named one stays a candidate.
                    for (Party party : subject.parties()) {
                        if (party.type() == Party.Type.NAMED) {
                            weak.add(party);
                        }
                    }
                } else {
                    parties.addAll(resolvePronouns(facts, subject.parties()));
                }
                weak.addAll(subject.weak());
            }
            if (passive) {
                Matcher agent = PASSIVE_AGENT.matcher(text.substring(cue.end()));
                if (agent.find()) {
                    int from = cue.end() + agent.end();
                    parties.addAll(resolvePronouns(facts, PhraseReader.read(text, from,
                            Math.min(text.length(), from + 60), facts.mentions(), base).parties()));
                }
            }
            return;
        }
        if (cue.addresseeStart() >= 0) {
            List<Party> addressee = PhraseReader.readAddressee(text, cue.addresseeStart(), cue.addresseeEnd(),
                    facts.mentions(), base).parties();
            if (addressee.isEmpty() && cue.reporting()) {
                addressee = spokenTo(facts, cue.start(), base);
            }
            if (addressee.isEmpty() && cue.reporting() && asksForFunds(text, cue)) {
                // "The President has called for a $590 million investment": only the legislature appropriates (R10)
                addressee = List.of(Party.of(Party.Type.LEGISLATURE, cue.start()));
            }
            parties.addAll(resolvePronouns(facts, addressee));
        }
    }

    private static final Pattern EXECUTIVE = Pattern.compile("(?i)(?<![\\p{L}])(?:president|administration|"
            + "white\\s+house|"
            + "budgets?|he|she)(?![\\p{L}])");
    private static final Pattern FUNDS = Pattern.compile("(?i)[$€£]\\s?\\d|\\d\\s*(?:billion|million|trillion)"
            + "(?![\\p{L}])");

    /** A request for money by the executive or its budget, which names no one to grant it. */
    private static boolean asksForFunds(String text, Cue cue) {
        return EXECUTIVE.matcher(text.substring(0, cue.start())).find()
                && FUNDS.matcher(text.substring(cue.end(), Math.min(text.length(), cue.end() + 80))).find();
    }

    /** Named parties and group phrases in {@code text[from, to)} that are not targets ("with Japan"). */
    private static List<Party> namedIn(SentenceFacts facts, int from, int to) {
        List<Party> parties = new ArrayList<>(2);
        for (ActorLexicon.Hit hit : ActorLexicon.find(facts.text(), from, to)) {
            if (afterTargetWord(facts.text(), hit.start())) {
                continue;
            }
            if (hit.kind() == ActorLexicon.Kind.NAMED) {
                parties.add(Party.named(hit.name(), hit.start()));
            } else if (hit.kind() == ActorLexicon.Kind.PAIR) {
                parties.add(Party.of(Party.Type.PAIR, hit.start()));
            }
        }
        return parties;
    }

    /** "He told governments in Lima ... and urged a radical shift": governments. */
    private List<Party> spokenTo(SentenceFacts facts, int before, int base) {
        Matcher m = SPOKEN_TO.matcher(facts.text());
        m.region(0, before);
        List<Party> found = List.of();
        while (m.find()) {
            found = PhraseReader.readAddressee(facts.text(), m.end(), Math.min(before, m.end() + 50), facts.mentions(),
                    base)
                    .parties();
        }
        return found;
    }

    private List<Party> resolvePronouns(SentenceFacts facts, List<Party> parties) {
        List<Party> resolved = new ArrayList<>(parties.size());
        for (Party party : parties) {
            if (party.type() == Party.Type.PRONOUN) {
                resolved.addAll(antecedent(facts, party));
            } else {
                resolved.add(party);
            }
        }
        return resolved;
    }

    /**
     * "it"/"they": the first party of the same number named earlier in the sentence (not as a target),
     * else in the up to three sentences before, nearest first.
     */
    private List<Party> antecedent(SentenceFacts facts, Party pronoun) {
        List<Party> found = nearestGroup(facts.text(), pronoun.at(), pronoun.plural());
        if (found.isEmpty()) {
            found = partiesIn(facts.text(), 0, pronoun.at(), context.sentences().get(facts.index()).entities(),
                    context.sentence(facts.index()).start(), pronoun.plural());
        }
        for (int back = 1; found.isEmpty() && back <= 3 && facts.index() - back >= 0; back++) {
            int index = facts.index() - back;
            String previous = context.sentence(index).text();
            found = partiesIn(previous, 0, previous.length(), context.sentences().get(index).entities(),
                    context.sentence(index).start(), pronoun.plural());
        }
        return found;
    }

    /**
     * In the pronoun's own sentence, the nearest named party before it that is not a target, with the
     * parties joined to it ("as Congress returns to session, ... it should"; "Belgium, Estonia and Poland,
     * which ..., urging them to").
     */
    private static List<Party> nearestGroup(String text, int before, boolean plural) {
        List<ActorLexicon.Hit> hits = ActorLexicon.find(text, 0, before);
        for (int h = hits.size() - 1; h >= 0; h--) {
            ActorLexicon.Hit hit = hits.get(h);
            if (hit.kind() != ActorLexicon.Kind.NAMED || afterTargetWord(text, hit.start())
                    && !joinedToPrevious(text, hits, h)
                    && !subjectOfAsClause(text, hit)) {
                continue;
            }
            int first = h;
            while (joinedToPrevious(text, hits, first)) {
                first--;
            }
            if (afterTargetWord(text, hits.get(first).start()) && !subjectOfAsClause(text, hits.get(first))) {
                continue;
            }
            List<Party> group = new ArrayList<>(2);
            for (int g = first; g <= h; g++) {
                group.add(Party.named(hits.get(g).name(), hits.get(g).start()));
            }
            return plural || group.size() == 1 ? group : List.of();
        }
        return List.of();
    }

    /** "as Congress returns to session": "as" opens a clause whose subject the party is, it is no preposition. */
    private static boolean subjectOfAsClause(String text, ActorLexicon.Hit hit) {
        int prev = Words.wordStartBefore(text, hit.start());
        if (prev < 0 || !Words.lower(text, prev, Words.wordEnd(text, prev)).equals("as")) {
            return false;
        }
        String next = Words.nextWord(text, hit.end());
        return next.length() > 3 && (next.endsWith("s") && !next.endsWith("ss") || next.endsWith("ed"))
                && Character.isLowerCase(text.charAt(Words.nextWordStart(text, hit.end())));
    }

    private static boolean joinedToPrevious(String text, List<ActorLexicon.Hit> hits, int h) {
        return h > 0 && hits.get(h - 1).kind() == ActorLexicon.Kind.NAMED
                && text.substring(hits.get(h - 1).end(), hits.get(h).start()).strip()
                .matches("(?i),?\\s*(and|,)?\\s*(the)?");
    }

    /**
     * The first party named in {@code text[from, to)} that a pronoun of that number can stand for: a
     * named body or group for "they" as for "it", a plural agent noun for "they". Named parties joined
     * by "and" or commas are one group ("Belgium, Estonia and Poland, which ..., urging them to").
     */
    private static List<Party> partiesIn(String text, int from, int to, List<EntityMention> mentions, int base,
                                         boolean plural) {
        List<ActorLexicon.Hit> hits = ActorLexicon.find(text, from, to);
        List<Party> group = new ArrayList<>(2);
        int groupEnd = -1;
        for (ActorLexicon.Hit hit : hits) {
            if (hit.kind() != ActorLexicon.Kind.NAMED) {
                continue;
            }
            if (!group.isEmpty()) {
                if (text.substring(groupEnd, hit.start()).strip().matches("(?i),?\\s*(and|,)?\\s*(the)?")) {
                    group.add(Party.named(hit.name(), hit.start()));
                    groupEnd = hit.end();
                    continue;
                }
                break;
            }
            if (!afterTargetWord(text, hit.start())) {
                group.add(Party.named(hit.name(), hit.start()));
                groupEnd = hit.end();
            }
        }
        if (!group.isEmpty() && (plural || group.size() == 1)) {
            return group;
        }
        if (!plural) {
            return List.of();
        }
        // "they" can also stand for people or organisations: the first plural agent noun phrase.
        int i = from;
        while (i < to) {
            int start = Words.nextWordStart(text, i);
            if (start < 0) {
                i++;
                continue;
            }
            int end = Words.wordEnd(text, start);
            if (end > to) {
                break;
            }
            String word = text.substring(start, end);
            int phrase = phraseStart(text, start);
            if (AgentNouns.isAgent(word) && AgentNouns.isPlural(word)
                    && (!afterTargetWord(text, phrase) || opensSentence(text, phrase))) {
                PhraseReader.Reading reading = PhraseReader.read(text, phrase, end, mentions, base);
                if (!reading.empty() && reading.parties().get(0).type() == Party.Type.AGENT) {
                    return List.of(reading.parties().get(0));
                }
            }
            i = end;
        }
        return List.of();
    }

    /** "As STPs develop ...": a capitalised conjunction that opens a sentence or clause, not the preposition "as". */
    private static boolean opensSentence(String text, int phraseStart) {
        int prev = Words.wordStartBefore(text, phraseStart);
        return prev >= 0 && Character.isUpperCase(text.charAt(prev));
    }

    /** Start of the noun phrase whose last word starts at {@code wordStart}: back over adjectives and nouns. */
    private static int phraseStart(String text, int wordStart) {
        int start = wordStart;
        for (int guard = 0; guard < 3; guard++) {
            int prev = Words.wordStartBefore(text, start);
            if (prev < 0) {
                break;
            }
            String word = Words.lower(text, prev, Words.wordEnd(text, prev));
            if (NOT_ACTOR_AFTER.contains(word) || SubjectLocator.CLAUSE_WORDS.contains(word) || word.equals("the")
                    || word.equals("for") || Character.isDigit(word.charAt(0))
                    || VerbLexicon.IMPERATIVE.contains(word)) {
                break;
            }
            start = prev;
        }
        return start;
    }

    private static List<Party> dedupe(List<Party> parties) {
        List<Party> kept = new ArrayList<>(parties.size());
        Set<String> seen = new LinkedHashSet<>();
        for (Party party : parties) {
            if (seen.add(party.type() + "|" + party.name())) {
                kept.add(party);
            }
        }
        return kept;
    }

    /**
     * Step two: the final actor name, or null.
     *
     * @param paragraphActor the explicit actor of another proposal in the same paragraph, or null
     */
    String decide(int index, Finding finding, String paragraphActor) {
        if (finding.explicit()) {
            return names(index, finding.parties());
        }
        String leadInActor = leadInActor(index);
        if (leadInActor != null) {
            return leadInActor;
        }
        if (!finding.weak().isEmpty()) {
            return names(index, finding.weak());
        }
        if (paragraphActor != null) {
            return paragraphActor;
        }
        return documentAddressee;
    }

    /** The joined names of parties, the United States first. */
    String names(int index, List<Party> parties) {
        Set<String> names = new LinkedHashSet<>();
        for (Party party : parties) {
            switch (party.type()) {
                case NAMED, AGENT -> names.add(party.name());
                case GOVERNMENT, AUTHOR -> addIfKnown(names, context.government(documentAddressee));
                case LEGISLATURE -> addIfKnown(names, context.legislature());
                case PAIR -> names.addAll(pair(index));
                case TRIO -> names.addAll(context.topActors(3));
                case COMMISSION -> names.add(context.aboutEuropeanUnion() ? "European Commission" : "Commission");
                case PRONOUN -> {
                }
            }
        }
        return ActorNames.join(names);
    }

    private static void addIfKnown(Set<String> names, String name) {
        if (name != null) {
            names.add(name);
        }
    }

    static boolean afterTargetWord(String text, int start) {
        int prev = Words.wordStartBefore(text, start);
        if (prev >= 0 && Words.lower(text, prev, Words.wordEnd(text, prev)).equals("the")) {
            prev = Words.wordStartBefore(text, prev);
        }
        return prev >= 0 && NOT_ACTOR_AFTER.contains(Words.lower(text, prev, Words.wordEnd(text, prev)));
    }

    /** "the two nations": the pair named by the list lead-in, else the two parties the document names most. */
    private Set<String> pair(int index) {
        Set<String> fromLeadIn = ActorNames.split(leadInActor(index));
        if (fromLeadIn.size() >= 2) {
            return fromLeadIn;
        }
        return context.topActors(2);
    }

    /** The actor of the lead-in of list item {@code index}: the addressee of its cue, else the parties it names. */
    private String leadInActor(int index) {
        int lead = context.leadIn(index);
        if (lead < 0) {
            return null;
        }
        return context.cachedLeadInActor(lead, this::actorOfLeadIn);
    }

    private String actorOfLeadIn(int lead) {
        String text = context.sentence(lead).text();
        List<EntityMention> mentions = context.sentences().get(lead).entities();
        List<Cue> cues = CueFinder.leadInCues(text);
        SentenceFacts facts = new SentenceFacts(lead, text, mentions, cues);
        Finding finding = find(facts);
        if (finding.explicit()) {
            return names(lead, finding.parties());
        }
        Set<String> actors = new LinkedHashSet<>();
        for (ActorLexicon.Hit hit : ActorLexicon.find(text, 0, text.length())) {
            if (hit.kind() == ActorLexicon.Kind.NAMED && !afterTargetWord(text, hit.start())) {
                actors.add(hit.name());
            }
        }
        return actors.isEmpty() ? null : ActorNames.join(actors);
    }

    /** True when the parties are all state-like bodies, which may stand for a whole document's addressee. */
    static boolean stateLike(List<Party> parties) {
        for (Party party : parties) {
            if (party.type() != Party.Type.NAMED && party.type() != Party.Type.GOVERNMENT
                    && party.type() != Party.Type.AUTHOR
                    && party.type() != Party.Type.LEGISLATURE && party.type() != Party.Type.COMMISSION
                    && party.type() != Party.Type.PAIR && party.type() != Party.Type.TRIO) {
                return false;
            }
        }
        return !parties.isEmpty();
    }
}
