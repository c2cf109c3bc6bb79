package io.policylens.recommendations.extraction;

import io.policylens.documents.analysis.AnalysedDocument;
import io.policylens.documents.analysis.AnnotatedSentence;
import io.policylens.documents.sentences.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
    public static final String VERSION = "recommendations-1.0.0";

    public List<ExtractedRecommendation> extract(AnalysedDocument document) {
        try {
            return extractAll(document);
        } finally {
            ActorLexicon.forget();
        }
    }

    private List<ExtractedRecommendation> extractAll(AnalysedDocument document) {
        DocumentContext context = new DocumentContext(document);
        ActorResolver resolver = new ActorResolver(context);
        List<ExtractedRecommendation> found = new ArrayList<>();
        Set<String> seenTexts = new HashSet<>();
        Map<Integer, String> actorByBlock = new HashMap<>();
        List<AnnotatedSentence> sentences = document.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            AnnotatedSentence annotated = sentences.get(i);
            Sentence sentence = annotated.sentence();
            if (sentence.heading()) {
                continue;
            }
            String text = sentence.text();
            boolean listItem = context.isListItem(i);
            SentenceShape shape = SentenceShape.of(text, listItem, i == sentences.size() - 1);
            if (!shape.eligible()) {
                continue;
            }
            CueFinder.Context cueContext = new CueFinder.Context(context.inRecommendationList(i),
                    context.inRecommendationSection(i));
            List<Cue> cues = CueFinder.find(text, cueContext);
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
            String actor = resolver.resolve(new ActorResolver.SentenceFacts(i, text, annotated.entities(), cues,
                    actorByBlock.get(sentence.block())));
            if (actor != null && !cues.isEmpty()) {
                actorByBlock.put(sentence.block(), actor);
            }
            found.add(new ExtractedRecommendation(start, start + unitText.length(), unitText, actor, strength.label(),
                    action(text, actionStart), annotated.topicIds(), ForumFinder.find(text, sentence.start(), annotated.entities()),
                    annotated.entityIds(), sentence.index(), sentence.section(), negated));
        }
        return found;
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
