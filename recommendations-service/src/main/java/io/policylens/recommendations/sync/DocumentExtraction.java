package io.policylens.recommendations.sync;

import io.policylens.claims.extraction.ClaimExtractor;
import io.policylens.claims.extraction.ClaimIds;
import io.policylens.claims.extraction.ExtractedClaim;
import io.policylens.documents.analysis.AnalysedDocument;
import io.policylens.documents.analysis.AnnotatedSentence;
import io.policylens.recommendations.evidence.EvidenceCandidate;
import io.policylens.recommendations.evidence.EvidenceLink;
import io.policylens.recommendations.evidence.EvidenceLinker;
import io.policylens.recommendations.extraction.ExtractedRecommendation;
import io.policylens.recommendations.extraction.RecommendationExtractor;
import io.policylens.recommendations.service.RecommendationIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Extraction for one document: recommendations, and their evidence. Evidence comes from running
 * claims-core's extractor here, on the same sentences claims-service uses, and naming each claim with
 * {@link ClaimIds}: the links point at the rows claims-service stores, without a call to it and without
 * depending on whether it has processed the document yet. Only sentences that could support one of the
 * document's recommendations are assessed ({@link EvidenceLinker#couldSupport}); the links are the same as
 * against every claim.
 */
@ApplicationScoped
class DocumentExtraction {

    @Inject
    RecommendationExtractor recommendations;

    @Inject
    ClaimExtractor claims;

    @Inject
    EvidenceLinker linker;

    List<ExtractedItem> extract(UUID documentId, List<AnnotatedSentence> sentences) {
        AnalysedDocument document = AnalysedDocument.fromSentences(sentences);
        Map<Integer, AnnotatedSentence> byIndex = new HashMap<>();
        sentences.forEach(s -> byIndex.put(s.sentence().index(), s));
        List<ExtractedRecommendation> extracted = recommendations.extract(document);
        List<Placed> found = placed(extracted, byIndex);
        Map<String, ExtractedClaim> claimsById = new LinkedHashMap<>();
        List<EvidenceCandidate> candidates = new ArrayList<>();
        // claims only where a link is possible: claim extraction is about half of this class's CPU. The claim
        // extractor is told which sentences are recommendations (never claims, R5) from the extraction just done,
        // as claims-service's extractor decides them: asking it to find them again doubled the recommendation work
        Set<Integer> recommended = new HashSet<>();
        extracted.forEach(r -> recommended.add(r.sentenceIndex()));
        for (ExtractedClaim claim : found.isEmpty() ? List.<ExtractedClaim>of()
                : claims.extract(document.sentences(), recommended, couldBeEvidence(found))) {
            String id = ClaimIds.of(documentId, claim.start(), claim.end()).toString();
            AnnotatedSentence annotated = byIndex.get(claim.sentenceIndex());
            if (annotated == null) {
                continue;
            }
            claimsById.put(id, claim);
            candidates.add(candidate(id, claim, annotated));
        }
        List<ExtractedItem> items = new ArrayList<>();
        for (Placed placed : found) {
            ExtractedRecommendation recommendation = placed.recommendation();
            List<ExtractedItem.Evidence> evidence = new ArrayList<>();
            for (EvidenceLink link : linker.link(recommendation, placed.block(), candidates)) {
                ExtractedClaim claim = claimsById.get(link.claimId());
                evidence.add(new ExtractedItem.Evidence(UUID.fromString(link.claimId()), claim.start(), claim.end(),
                        claim.text(), link.score(), link.reason()));
            }
            items.add(new ExtractedItem(RecommendationIds.of(documentId, recommendation.start(), recommendation.end()),
                    recommendation, List.copyOf(evidence)));
        }
        return items;
    }

    /** A recommendation with the block (paragraph) index of its sentence, -1 when unknown. */
    record Placed(ExtractedRecommendation recommendation, int block) {
    }

    static List<Placed> placed(List<ExtractedRecommendation> found, Map<Integer, AnnotatedSentence> byIndex) {
        return found.stream().map(r -> {
            AnnotatedSentence sentence = byIndex.get(r.sentenceIndex());
            return new Placed(r, sentence == null ? -1 : sentence.sentence().block());
        }).toList();
    }

    /** The sentences whose claims could be evidence for at least one of the recommendations; none without any. */
    static Predicate<AnnotatedSentence> couldBeEvidence(List<Placed> recommendations) {
        return s -> recommendations.stream().anyMatch(r -> EvidenceLinker.couldSupport(r.recommendation(), r.block(),
                s.sentence().index(), s.sentence().block(), s.entityIds(), s.topicIds()));
    }

    /** The claim as a candidate piece of evidence: where it stands and what it is about. */
    static EvidenceCandidate candidate(String id, ExtractedClaim claim, AnnotatedSentence annotated) {
        return new EvidenceCandidate(id, claim.sentenceIndex(), annotated.sentence().block(),
                annotated.sentence().section(), new HashSet<>(annotated.entityIds()),
                new HashSet<>(annotated.topicIds()));
    }
}
