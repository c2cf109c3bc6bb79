package io.policylens.claims.extraction;

import io.policylens.claims.model.CheckworthinessCascade;
import io.policylens.claims.model.CheckworthinessModel;
import io.policylens.claims.model.CheckworthinessStage;
import io.policylens.claims.quantities.Quantity;
import io.policylens.claims.quantities.QuantityExtractor;
import io.policylens.claims.sources.CitedSource;
import io.policylens.claims.sources.SourceExtractor;
import io.policylens.claims.text.SentenceCues;
import io.policylens.documents.analysis.AnalysedDocument;
import io.policylens.documents.analysis.AnnotatedSentence;
import io.policylens.documents.sentences.Sentence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Finds check-worthy factual claims in an analysed document: every non-heading sentence is assessed
 * (score, type, hedging, quantities, entities, cited source) and those scoring at least 0.5 are claims.
 * Thread-safe and stateless apart from the shared read-only model.
 */
public final class ClaimExtractor {

    /** Extractor and model version: stored with extracted claims so an upgrade can trigger re-extraction. */
    public static final String VERSION = "claims-1.7+cw-blend-2";

    /** Sentence check-worthiness as log-odds about the model's own threshold (0 = the decision boundary). */
    private final ToDoubleFunction<SentenceCues> checkworthiness;
    private final RecommendationSentences recommendations;
    private final QuantityExtractor quantities = new QuantityExtractor();
    private final SourceExtractor sources = new SourceExtractor();
    private final ClaimScorer scorer = new ClaimScorer();
    private final ClaimTyper typer = new ClaimTyper();

    public ClaimExtractor() {
        this(CheckworthinessModel.bundled());
    }

    public ClaimExtractor(CheckworthinessModel model) {
        this(CheckworthinessStage.FAST.of(new CheckworthinessCascade(model, null, 0)));
    }

    /**
     * An extractor with another check-worthiness source, e.g. {@link CheckworthinessStage#CASCADE} for the
     * measurements in docs/claims-quality.md. The services use the fast model (the default constructor).
     */
    public ClaimExtractor(ToDoubleFunction<SentenceCues> checkworthiness) {
        this(checkworthiness, RecommendationSentences.OWN_CUES);
    }

    /**
     * @param recommendations which sentences are recommendations (never claims, R5): the services pass
     *                        recommendations-core's extractor so both sides agree on every sentence
     */
    public ClaimExtractor(ToDoubleFunction<SentenceCues> checkworthiness, RecommendationSentences recommendations) {
        this.checkworthiness = checkworthiness;
        this.recommendations = recommendations;
    }

    /** The default check-worthiness model with the given recommendation decision. */
    public ClaimExtractor(RecommendationSentences recommendations) {
        this(CheckworthinessStage.FAST.of(new CheckworthinessCascade(CheckworthinessModel.bundled(), null, 0)),
                recommendations);
    }

    public List<ExtractedClaim> extract(AnalysedDocument document) {
        return extract(document.sentences());
    }

    public List<ExtractedClaim> extract(List<AnnotatedSentence> sentences) {
        return extract(sentences, sentence -> true);
    }

    /**
     * The claims of {@link #extract(List)} whose sentence passes {@code wanted}, without assessing the other
     * sentences. Repeats are still recognised across all sentences, so a kept claim has the same offsets (and the
     * same {@link ClaimIds}) as in a full extraction: a caller that needs only some sentences' claims, such as
     * evidence linking, pays only for those.
     */
    public List<ExtractedClaim> extract(List<AnnotatedSentence> sentences, Predicate<AnnotatedSentence> wanted) {
        return extract(sentences, recommendations.indexes(sentences), wanted);
    }

    /**
     * {@link #extract(List, Predicate)} with the recommendation sentences already known: a caller that has just run
     * the recommendation extractor on the same sentences (recommendations-service) passes its sentence indexes
     * instead of having them extracted a second time.
     *
     * @param recommended indexes of the sentences that are recommendations, or null for the claim side's own cues
     */
    public List<ExtractedClaim> extract(List<AnnotatedSentence> sentences, Set<Integer> recommended,
            Predicate<AnnotatedSentence> wanted) {
        List<ExtractedClaim> claims = new ArrayList<>();
        for (SentenceAssessment assessment : assess(sentences, recommended, wanted)) {
            if (assessment.claim()) {
                claims.add(assessment.toClaim());
            }
        }
        return claims;
    }

    /**
     * Assessments of every non-heading sentence, claims and non-claims alike. Repeated sentences are assessed once
     * (R5).
     */
    public List<SentenceAssessment> assess(List<AnnotatedSentence> sentences) {
        return assess(sentences, recommendations.indexes(sentences), sentence -> true);
    }

    private List<SentenceAssessment> assess(List<AnnotatedSentence> sentences, Set<Integer> recommended,
            Predicate<AnnotatedSentence> wanted) {
        List<SentenceAssessment> out = new ArrayList<>(sentences.size());
        Set<String> seen = new HashSet<>();
        AnnotatedSentence last = sentences.isEmpty() ? null : sentences.getLast();
        Set<String> names = null; // read from the whole document once, and only when a sentence is assessed
        for (AnnotatedSentence annotated : sentences) {
            Sentence sentence = annotated.sentence();
            // the first occurrence of a repeat is the claim even when it is not wanted: a later one never stands in
            if (sentence.heading() || !seen.add(sentence.text().strip()) || !wanted.test(annotated)) {
                continue;
            }
            Boolean recommendation = recommended == null ? null : recommended.contains(sentence.index());
            if (names == null) {
                names = DocumentNames.of(sentences);
            }
            out.add(assess(sentence.text(), sentence.listItem(), annotated.entityIds(), sentence.start(),
                    sentence.index(), recommendation, annotated == last, names));
        }
        return out;
    }

    /** Assesses a bare sentence (offsets relative to the sentence), e.g. for a "try it" endpoint. */
    public SentenceAssessment assess(String sentence) {
        return assess(sentence, false, List.of(), 0, -1, null, false, Set.of());
    }

    private SentenceAssessment assess(String text, boolean listItem, List<String> entities, int offset, int index,
                                      Boolean recommendation, boolean last, Set<String> names) {
        SentenceCues cues = SentenceCues.of(text);
        List<Quantity> found = quantities.extract(cues).stream().map(q -> q.shifted(offset)).toList();
        Optional<CitedSource> source = sources.extract(cues).map(s -> s.shifted(offset));
        double margin = checkworthiness.applyAsDouble(cues);
        double probability = 1.0 / (1.0 + Math.exp(-margin));
        Hedging hedging = Hedging.of(cues.hedgeCues());
        ClaimType type = typer.type(cues, found, source);
        String exclusion = Exclusions.reason(cues, listItem, recommendation, last,
                found.stream().anyMatch(Quantity::specific));
        double score = exclusion != null ? Math.min(0.05, probability)
                : scorer.score(cues, probability, 0.5, found, source,
                        !entities.isEmpty() || names.contains(cues.firstWordLower()));
        return new SentenceAssessment(offset, offset + text.length(), text, score >= 0.5, score, probability, type,
                hedging, found, entities, source, exclusion, index);
    }
}
