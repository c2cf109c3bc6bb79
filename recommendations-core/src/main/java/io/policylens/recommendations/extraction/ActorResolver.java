package io.policylens.recommendations.extraction;

import io.policylens.documents.annotation.EntityMention;
import io.policylens.documents.annotation.EntityType;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides who is asked to act (GUIDELINES R10): the subject of the modal, the agent of a passive
 * ("must be pursued by the new government"), the addressee of a reporting verb; failing those, the
 * parties the sentence names, the actor of an earlier proposal in the same paragraph, the list lead-in,
 * and finally the parties the document is about.
 */
final class ActorResolver {

    /** Parties named right after these words are partners or targets, not the ones asked to act. */
    private static final Set<String> NOT_ACTOR_AFTER = Set.of("from", "against", "on", "over", "to", "toward", "towards",
            "than", "with", "vis-à-vis", "into", "beyond", "of", "like", "including", "as", "outside", "inside", "in", "at",
            "for", "about", "through", "across", "among", "around", "near", "via", "under", "after", "before", "since",
            "until", "within", "without", "excluding", "besides", "except", "onto", "upon", "throughout");

    private static final Pattern PASSIVE_AGENT = Pattern.compile("(?i)^\\s*(?:not\\s+)?be\\s+[^,;:]{0,80}?\\bby\\s+");

    private final DocumentContext context;

    ActorResolver(DocumentContext context) {
        this.context = context;
    }

    /** Where the actor of a sentence can come from, closest first. */
    record SentenceFacts(int index, String text, List<EntityMention> mentions, List<Cue> cues, String paragraphActor) {
    }

    /** The actor as a canonical joined name, or null when nothing names one. */
    String resolve(SentenceFacts facts) {
        Set<String> actors = new LinkedHashSet<>();
        for (Cue cue : facts.cues()) {
            actors.addAll(fromCue(facts, cue));
        }
        if (actors.isEmpty()) {
            int from = 0;
            for (Cue cue : facts.cues()) {
                if (cue.reporting()) {
                    from = cue.end();
                }
            }
            actors.addAll(namedIn(facts, from, facts.text().length(), true, true));
        }
        if (actors.isEmpty() && facts.paragraphActor() != null) {
            return facts.paragraphActor();
        }
        if (actors.isEmpty()) {
            String leadInActor = leadInActor(facts.index());
            if (leadInActor != null) {
                return leadInActor;
            }
            actors.addAll(context.defaultActors());
        }
        return ActorNames.join(actors);
    }

    private Set<String> fromCue(SentenceFacts facts, Cue cue) {
        String text = facts.text();
        Set<String> actors = new LinkedHashSet<>();
        if (cue.subject() != null && !cue.subject().empty()) {
            actors.addAll(resolveHits(facts, cue.subject().start(), cue.subject().end(), false));
        }
        if (actors.isEmpty() && cue.subject() != null) {
            Matcher agent = PASSIVE_AGENT.matcher(text.substring(cue.end()));
            if (agent.find()) {
                int from = cue.end() + agent.end();
                actors.addAll(resolveHits(facts, from, Math.min(text.length(), from + 60), false));
            }
        }
        if (actors.isEmpty() && cue.addresseeStart() >= 0) {
            actors.addAll(resolveHits(facts, cue.addresseeStart(), cue.addresseeEnd(), true));
        }
        return actors;
    }

    /** Actors in {@code text[from, to)}: lexicon phrases first, then gazetteer countries and institutions. */
    private Set<String> resolveHits(SentenceFacts facts, int from, int to, boolean firstPhraseOnly) {
        String text = facts.text();
        Set<String> actors = new LinkedHashSet<>();
        List<ActorLexicon.Hit> hits = ActorLexicon.find(text, from, to);
        for (ActorLexicon.Hit hit : hits) {
            if (firstPhraseOnly && !actors.isEmpty() && !joinedByAnd(text, hits, hit)) {
                break;
            }
            switch (hit.kind()) {
                case NAMED, US_STATES -> actors.add(hit.name());
                case LEGISLATORS -> addIfKnown(actors, context.legislature());
                case GOVERNMENT -> addIfKnown(actors, context.government());
                case PAIR -> actors.addAll(pair(facts.index()));
                case TRIO -> actors.addAll(context.defaultActors());
                case AUTHOR -> actors.addAll(context.defaultActors());
                case PRONOUN -> {
                    if (text.substring(from, hit.start()).isBlank()) {
                        actors.addAll(antecedent(facts, hit.start()));
                    }
                }
            }
        }
        if (!firstPhraseOnly || actors.isEmpty()) {
            addMentions(facts, from, to, hits, actors, false);
        }
        return actors;
    }

    private static void addIfKnown(Set<String> actors, String actor) {
        if (actor != null) {
            actors.add(actor);
        }
    }

    private static boolean joinedByAnd(String text, List<ActorLexicon.Hit> hits, ActorLexicon.Hit hit) {
        int index = hits.indexOf(hit);
        if (index == 0) {
            return true;
        }
        String between = text.substring(hits.get(index - 1).end(), hit.start()).strip().toLowerCase(Locale.ROOT);
        return between.matches(",?\\s*(and|,)?\\s*(the)?");
    }

    /** Every party the sentence names in an acting position (not after "with", "against", "from" ...). */
    private Set<String> namedIn(SentenceFacts facts, int from, int to, boolean skipTargets, boolean resolvePairs) {
        String text = facts.text();
        Set<String> actors = new LinkedHashSet<>();
        List<ActorLexicon.Hit> hits = ActorLexicon.find(text, from, to);
        for (ActorLexicon.Hit hit : hits) {
            if (skipTargets && afterTargetWord(text, hit.start())) {
                continue;
            }
            switch (hit.kind()) {
                case NAMED, US_STATES -> actors.add(hit.name());
                case PAIR -> {
                    if (resolvePairs) {
                        actors.addAll(pair(facts.index()));
                    }
                }
                default -> {
                }
            }
        }
        addMentions(facts, from, to, hits, actors, skipTargets);
        return actors;
    }

    private void addMentions(SentenceFacts facts, int from, int to, List<ActorLexicon.Hit> hits, Set<String> actors,
                             boolean skipTargets) {
        int base = context.sentence(facts.index()).start();
        for (EntityMention mention : facts.mentions()) {
            int start = mention.start() - base;
            int end = mention.end() - base;
            if (start < from || end > to || overlaps(hits, start, end)) {
                continue;
            }
            // Outside the subject, institutions are mostly objects ("strengthen the DFC's role").
            if (mention.type() != EntityType.COUNTRY && (skipTargets || mention.type() != EntityType.INSTITUTION)) {
                continue;
            }
            if (skipTargets && afterTargetWord(facts.text(), start)) {
                continue;
            }
            actors.add(ActorLexicon.canonical(mention.name()));
        }
    }

    private static boolean overlaps(List<ActorLexicon.Hit> hits, int start, int end) {
        for (ActorLexicon.Hit hit : hits) {
            if (hit.start() < end && start < hit.end()) {
                return true;
            }
        }
        return false;
    }

    static boolean afterTargetWord(String text, int start) {
        int prev = Words.wordStartBefore(text, start);
        if (prev >= 0 && Words.lower(text, prev, Words.wordEnd(text, prev)).equals("the")) {
            prev = Words.wordStartBefore(text, prev);
        }
        return prev >= 0 && NOT_ACTOR_AFTER.contains(Words.lower(text, prev, Words.wordEnd(text, prev)));
    }

    /** "it"/"they": the nearest party named before the pronoun, in this sentence or the one before. */
    private Set<String> antecedent(SentenceFacts facts, int pronounStart) {
        Set<String> actors = new LinkedHashSet<>();
        List<ActorLexicon.Hit> before = ActorLexicon.find(facts.text(), 0, pronounStart);
        for (ActorLexicon.Hit hit : before) {
            if (hit.kind() == ActorLexicon.Kind.NAMED && !afterTargetWord(facts.text(), hit.start())) {
                actors.add(hit.name());
                return actors;
            }
        }
        if (facts.index() > 0) {
            String previous = context.sentence(facts.index() - 1).text();
            for (ActorLexicon.Hit hit : ActorLexicon.find(previous, 0, previous.length())) {
                if (hit.kind() == ActorLexicon.Kind.NAMED && !afterTargetWord(previous, hit.start())) {
                    actors.add(hit.name());
                    return actors;
                }
            }
        }
        return actors;
    }

    /** "the two nations": the pair named by the list lead-in, else the two parties the document names most. */
    private Set<String> pair(int index) {
        String leadInActor = leadInActor(index);
        Set<String> fromLeadIn = ActorNames.split(leadInActor);
        if (fromLeadIn.size() >= 2) {
            return fromLeadIn;
        }
        return context.pairActors();
    }

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
        SentenceFacts facts = new SentenceFacts(lead, text, mentions, List.of(), null);
        // Pairs are not resolved here: a pair is itself resolved through the lead-in.
        Set<String> actors = namedIn(facts, 0, text.length(), true, false);
        return actors.isEmpty() ? null : ActorNames.join(actors);
    }
}
