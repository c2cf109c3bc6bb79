package io.policylens.recommendations.feed;

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
import java.util.UUID;

/**
 * Extraction for one document: recommendations, and their evidence. Evidence comes from running
 * claims-core's extractor here, on the same sentences claims-service uses, and naming each claim with
 * {@link ClaimIds}: the links point at the rows claims-service stores, without a call to it and without
 * depending on whether it has processed the document yet.
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
        AnalysedDocument document = SnapshotDocuments.analysed(sentences);
        Map<Integer, AnnotatedSentence> byIndex = new HashMap<>();
        sentences.forEach(s -> byIndex.put(s.sentence().index(), s));
        Map<String, ExtractedClaim> claimsById = new LinkedHashMap<>();
        List<EvidenceCandidate> candidates = new ArrayList<>();
        for (ExtractedClaim claim : claims.extract(document)) {
            String id = ClaimIds.of(documentId, claim.start(), claim.end()).toString();
            AnnotatedSentence annotated = byIndex.get(claim.sentenceIndex());
            if (annotated == null) {
                continue;
            }
            claimsById.put(id, claim);
            candidates.add(new EvidenceCandidate(id, claim.sentenceIndex(), annotated.sentence().block(),
                    annotated.sentence().section(), new HashSet<>(annotated.entityIds()), new HashSet<>(annotated.topicIds())));
        }
        List<ExtractedItem> items = new ArrayList<>();
        for (ExtractedRecommendation recommendation : recommendations.extract(document)) {
            AnnotatedSentence sentence = byIndex.get(recommendation.sentenceIndex());
            int block = sentence == null ? -1 : sentence.sentence().block();
            List<ExtractedItem.Evidence> evidence = new ArrayList<>();
            for (EvidenceLink link : linker.link(recommendation, block, candidates)) {
                ExtractedClaim claim = claimsById.get(link.claimId());
                evidence.add(new ExtractedItem.Evidence(UUID.fromString(link.claimId()), claim.start(), claim.end(),
                        claim.text(), link.score(), link.reason()));
            }
            items.add(new ExtractedItem(RecommendationIds.of(documentId, recommendation.start(), recommendation.end()),
                    recommendation, List.copyOf(evidence)));
        }
        return items;
    }
}
