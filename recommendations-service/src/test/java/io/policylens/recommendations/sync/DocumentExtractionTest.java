package io.policylens.recommendations.sync;

import io.policylens.documents.analysis.AnalysedDocument;

import io.policylens.claims.extraction.ClaimExtractor;
import io.policylens.claims.extraction.ClaimIds;
import io.policylens.claims.extraction.ExtractedClaim;
import io.policylens.documents.analysis.AnnotatedSentence;
import io.policylens.documents.analysis.DocumentAnalyser;
import io.policylens.documents.text.ContentFormat;
import io.policylens.recommendations.evidence.EvidenceCandidate;
import io.policylens.recommendations.evidence.EvidenceLinker;
import io.policylens.recommendations.extraction.ExtractedRecommendation;
import io.policylens.recommendations.extraction.RecommendationExtractor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DocumentExtraction finds claims only in sentences a recommendation could link to; the evidence must be exactly
 * what linking against every claim of the document gives. A document written for this test, no evaluation data.
 */
class DocumentExtractionTest {

    private static final String DOCUMENT =
            """
            # Critical minerals

            Chile produced 44,000 tonnes of lithium in 2023, a third of the world's supply. China refines 65 percent \
            of the world's lithium. The United States and South Korea should co-finance a lithium refinery in Chile.

            # Parks

            The city council of Lyon approved a budget of 3 million euros for public parks in 2021. Visitor numbers \
            in the botanical garden rose by 12 percent in 2022.

            # Shipbuilding

            Japan built 15 percent of the world's ships in 2022. South Korea's shipyards delivered 170 vessels in 2023.

            The city council of Lyon approved a budget of 3 million euros for public parks in 2021. Congress should \
            fund a shipyard workforce programme together with South Korea.
            """;

    private final ClaimExtractor claims =
            new ClaimExtractor(
                    new io.policylens.recommendations.extraction.RecommendationExtractor()
                            ::sentenceIndexes);
    private final RecommendationExtractor recommendations = new RecommendationExtractor();
    private final EvidenceLinker linker = new EvidenceLinker();

    @Test
    void evidenceIsTheSameAsLinkingAgainstEveryClaimWhileUnlinkableSentencesAreNotAssessed() {
        List<AnnotatedSentence> sentences =
                new DocumentAnalyser().analyse(DOCUMENT, ContentFormat.MARKDOWN).sentences();
        UUID documentId = UUID.fromString("00000000-0000-0000-0000-00000000d0c5");
        DocumentExtraction extraction = extraction();

        List<ExtractedItem> items = extraction.extract(documentId, sentences);

        Map<UUID, List<ExtractedItem.Evidence>> expected = linkedAgainstEveryClaim(documentId, sentences);
        assertThat(items).hasSize(expected.size()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(items).allSatisfy(item -> assertThat(item.evidence()).isEqualTo(expected.get(item.id())));
        assertThat(items).flatExtracting(ExtractedItem::evidence).isNotEmpty();

        // the filter skips sentences, among them claims: without that this test would show nothing
        Map<Integer, AnnotatedSentence> byIndex = byIndex(sentences);
        var wanted = DocumentExtraction.couldBeEvidence(DocumentExtraction.placed(
                items.stream().map(ExtractedItem::recommendation).toList(), byIndex));
        List<AnnotatedSentence> text = sentences.stream().filter(s -> !s.sentence().heading()).toList();
        assertThat(text.stream().filter(wanted).count()).isLessThan(text.size());
        assertThat(claims.extract(sentences))
                .anySatisfy(
                        claim -> assertThat(wanted).rejects(byIndex.get(claim.sentenceIndex())));
        // the last paragraph repeats a Parks claim: its first occurrence cannot be evidence, the later one could (same
        // paragraph as a recommendation), and a full and a filtered extraction both keep only the first: no link to it
        String repeat =
                "The city council of Lyon approved a budget of 3 million euros for public parks in 2021.";
        List<AnnotatedSentence> repeats =
                text.stream().filter(s -> s.sentence().text().strip().equals(repeat)).toList();
        assertThat(repeats).hasSize(2);
        assertThat(wanted).rejects(repeats.get(0)).accepts(repeats.get(1));
        assertThat(items).flatExtracting(ExtractedItem::evidence).noneMatch(e -> e.text().equals(repeat));
    }

    @Test
    void withoutRecommendationsNoSentenceIsAssessedForClaims() {
        List<AnnotatedSentence> sentences =
                new DocumentAnalyser()
                        .analyse(
                                "Japan built 15 percent of the world's ships in 2022.",
                                ContentFormat.MARKDOWN)
                        .sentences();
        DocumentExtraction extraction = extraction();

        assertThat(claims.extract(sentences)).isNotEmpty();
        assertThat(DocumentExtraction.couldBeEvidence(List.of())).rejects(sentences.toArray(AnnotatedSentence[]::new));
        assertThat(extraction.extract(UUID.randomUUID(), sentences)).isEmpty();
    }

    @Test
    void theRecommendationsJustExtractedTellTheClaimExtractorWhichSentencesAreRecommendations() {
        List<AnnotatedSentence> sentences =
                new DocumentAnalyser().analyse(DOCUMENT, ContentFormat.MARKDOWN).sentences();
        UUID documentId = UUID.fromString("00000000-0000-0000-0000-00000000d0c5");
        List<ExtractedItem> items = extraction().extract(documentId, sentences);
        DocumentExtraction notAskingAgain = extraction();
        notAskingAgain.claims = new ClaimExtractor((io.policylens.claims.extraction.RecommendationSentences) all -> {
            throw new AssertionError("the recommendation extractor ran a second time");
        });

        assertThat(notAskingAgain.extract(documentId, sentences)).isEqualTo(items);
    }

    private DocumentExtraction extraction() {
        DocumentExtraction extraction = new DocumentExtraction();
        extraction.claims = claims;
        extraction.recommendations = recommendations;
        extraction.linker = linker;
        return extraction;
    }

    private static Map<Integer, AnnotatedSentence> byIndex(List<AnnotatedSentence> sentences) {
        return sentences.stream().collect(Collectors.toMap(s -> s.sentence().index(), Function.identity()));
    }

    /** The evidence as computed before the filter: every claim of the document is a candidate. */
    private Map<UUID, List<ExtractedItem.Evidence>> linkedAgainstEveryClaim(
            UUID documentId, List<AnnotatedSentence> sentences) {
        Map<Integer, AnnotatedSentence> byIndex = byIndex(sentences);
        Map<String, ExtractedClaim> claimsById = new java.util.HashMap<>();
        List<EvidenceCandidate> candidates = new java.util.ArrayList<>();
        for (ExtractedClaim claim : claims.extract(sentences)) {
            String id = ClaimIds.of(documentId, claim.start(), claim.end()).toString();
            AnnotatedSentence annotated = byIndex.get(claim.sentenceIndex());
            claimsById.put(id, claim);
            candidates.add(DocumentExtraction.candidate(id, claim, annotated));
        }
        Map<UUID, List<ExtractedItem.Evidence>> byRecommendation = new java.util.HashMap<>();
        for (ExtractedRecommendation r : recommendations.extract(AnalysedDocument.fromSentences(sentences))) {
            int block = byIndex.get(r.sentenceIndex()).sentence().block();
            byRecommendation.put(
                    io.policylens.recommendations.service.RecommendationIds.of(
                            documentId, r.start(), r.end()),
                    linker.link(r, block, candidates).stream()
                            .map(
                                    link -> {
                                        ExtractedClaim c = claimsById.get(link.claimId());
                                        return new ExtractedItem.Evidence(
                                                UUID.fromString(link.claimId()),
                                                c.start(),
                                                c.end(),
                                                c.text(),
                                                link.score(),
                                                link.reason());
                                    })
                            .toList());
        }
        return byRecommendation;
    }
}
