package io.policylens.recommendations.extraction;

import io.policylens.documents.analysis.AnalysedDocument;
import io.policylens.documents.analysis.AnnotatedSentence;
import io.policylens.documents.sentences.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds policy recommendations in an analysed document, following shared/eval/GUIDELINES.md (R1-R10):
 * modal statements, impersonal necessity ("it is essential that"), reported recommendations ("urges",
 * "calls on"), imperative list items and items of lists whose lead-in proposes something. Headings,
 * questions, lead-ins, "could help" statements and descriptions of what a law requires are left out.
 *
 * <p>Stateless and thread-safe; plain Java with precompiled patterns only.
 */
public final class RecommendationExtractor {

    /** Changes whenever extraction output can change, so stored results can be re-extracted. */
    public static final String VERSION = "recommendations-1.2.0";

    /**
     * Indexes of the sentences that hold a recommendation, for the claim extractor (a sentence that is both is a
     * recommendation only, GUIDELINES R5): {@code new ClaimExtractor(recommendationExtractor::sentenceIndexes)}.
     */
    public java.util.Set<Integer> sentenceIndexes(List<io.policylens.documents.analysis.AnnotatedSentence> sentences) {
        java.util.Set<Integer> indexes = new java.util.HashSet<>();
        for (ExtractedRecommendation recommendation : extract(AnalysedDocument.fromSentences(sentences))) {
            indexes.add(recommendation.sentenceIndex());
        }
        return indexes;
    }

    public List<ExtractedRecommendation> extract(AnalysedDocument document) {
        try {
            return extractAll(document);
        } finally {
            ActorLexicon.forget();
        }
    }

    /** A recommendation found in the first pass, before its actor is completed from the document. */
    private record Candidate(int index, int start, String text, Strength strength, int actionStart, boolean negated,
                             ActorResolver.Finding finding) {
    }

    private List<ExtractedRecommendation> extractAll(AnalysedDocument document) {
        DocumentContext context = new DocumentContext(document);
        ActorResolver resolver = new ActorResolver(context);
        List<Candidate> candidates = new ArrayList<>();
        Set<String> seenTexts = new HashSet<>();
        List<AnnotatedSentence> sentences = document.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            AnnotatedSentence annotated = sentences.get(i);
            Sentence sentence = annotated.sentence();
            if (sentence.heading()) {
                continue;
            }
            String text = sentence.text();
            boolean listItem = context.isListItem(i);
            boolean aloneInBlock = context.firstInBlock(i) && (i + 1 == sentences.size()
                    || context.firstInBlock(i + 1));
            CueFinder.Context cueContext = new CueFinder.Context(context.inRecommendationList(i),
                    context.inRecommendationSection(i));
            SentenceShape shape = SentenceShape.of(text, listItem, i == sentences.size() - 1 || aloneInBlock,
                    !cueContext.recommendationListItem() && !cueContext.recommendationSection());
            if (!shape.eligible()) {
                continue;
            }
            List<Cue> cues = CueFinder.find(text, cueContext);
            cues.removeIf(cue -> cue.start() < shape.bodyStart()); // a modal in a run-in heading proposes nothing (R4)
            Strength strength;
            int actionStart;
            boolean negated = false;
            if (!cues.isEmpty()) {
                Cue governing = governing(cues);
                strength = governing.strength();
                actionStart = governing.actionStart();
                negated = governing.negated();
            } else {
                strength = ListItemRules.strengthWithoutCue(context, i, text, shape);
                actionStart = shape.actionStart(text);
            }
            if (strength == null) {
                continue;
            }
            int start = sentence.start() + shape.contentStart();
            String unitText = text.substring(shape.contentStart()).stripTrailing();
            if (!seenTexts.add(unitText)) {
                continue; // R5: a repeated sentence is listed once
            }
            ActorResolver.Finding finding = resolver.find(new ActorResolver.SentenceFacts(i, text, annotated.entities(),
                    cues));
            candidates.add(new Candidate(i, start, unitText, strength, actionStart, negated, finding));
        }
        // Second pass: explicit actors first, so that the others can borrow from their paragraph and document.
        Map<Integer, String> explicitActors = new HashMap<>();
        Map<String, Integer> stateLikeCounts = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            if (candidate.finding().explicit()) {
                String actor = resolver.names(candidate.index(), candidate.finding().parties());
                if (actor != null) {
                    explicitActors.put(candidate.index(), actor);
                    if (ActorResolver.stateLike(candidate.finding().parties())) {
                        stateLikeCounts.merge(actor, 1, Integer::sum);
                    }
                }
            }
        }
        // A document whose proposals name no one at all is addressed to the country it is about (R10's one body).
        resolver.addressDocumentTo(explicitActors.isEmpty() ? context.government(null) : mostFrequent(stateLikeCounts));
        List<ExtractedRecommendation> found = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            AnnotatedSentence annotated = sentences.get(candidate.index());
            Sentence sentence = annotated.sentence();
            String actor = resolver.decide(candidate.index(), candidate.finding(),
                    paragraphActor(context, candidate.index(), explicitActors));
            String text = sentence.text();
            found.add(new ExtractedRecommendation(candidate.start(), candidate.start() + candidate.text().length(),
                    candidate.text(), actor, candidate.strength().label(), action(text, candidate.actionStart()),
                    annotated.topicIds(), ForumFinder.find(text, sentence.start(), annotated.entities()),
                    annotated.entityIds(), sentence.index(), sentence.section(), candidate.negated()));
        }
        return found;
    }

    private static String mostFrequent(Map<String, Integer> counts) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        return best;
    }

    /** The explicit actor of the nearest other proposal in the same paragraph, earlier ones first. */
    private static String paragraphActor(DocumentContext context, int index, Map<Integer, String> explicitActors) {
        int block = context.sentence(index).block();
        for (int i = index - 1; i >= 0 && context.sentence(i).block() == block; i--) {
            if (explicitActors.containsKey(i)) {
                return explicitActors.get(i);
            }
        }
        for (int i = index + 1; i < context.sentences().size() && context.sentence(i).block() == block; i++) {
            if (explicitActors.containsKey(i)) {
                return explicitActors.get(i);
            }
        }
        return null;
    }

    /** The modal of the main proposal decides the strength; a reporting verb only when no modal is present (R9). */
    private static Cue governing(List<Cue> cues) {
        for (Cue cue : cues) {
            if (!cue.reporting()) {
                return cue;
            }
        }
        return cues.get(0);
    }

    private static String action(String text, int from) {
        String action = text.substring(Math.max(0, Math.min(from, text.length()))).strip();
        action = action.replaceAll("[\\s.;:!]+$", "").replaceAll("\\s+", " ");
        return action.isEmpty() ? text.strip() : action;
    }
}
