package io.policylens.claims.extraction;

import io.policylens.claims.model.CheckworthinessModel;
import io.policylens.documents.analysis.AnnotatedSentence;
import io.policylens.documents.annotation.EntityMention;
import io.policylens.documents.annotation.EntityType;
import io.policylens.documents.sentences.Sentence;
import io.policylens.documents.text.BlockKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentences written for these tests; none come from the evaluation data. */
class ClaimExtractorTest {

    private final ClaimExtractor extractor = new ClaimExtractor();

    private SentenceAssessment assess(String sentence) {
        return extractor.assess(sentence);
    }

    @Test
    void specificFiguresAreStatistics() {
        SentenceAssessment a = assess("Vietnam's electronics exports rose to $114 billion in 2022, up 9 percent from "
                + "the year before.");
        assertThat(a.claim()).isTrue();
        assertThat(a.type()).isEqualTo(ClaimType.STATISTIC);
        assertThat(a.score()).isBetween(0.5, 1.0);
        assertThat(a.quantities()).isNotEmpty();
    }

    @Test
    void figureInsideAnOpinionStillCounts() {
        SentenceAssessment a = assess("That is a staggering sum, since it equals 12 percent of the national budget.");
        assertThat(a.claim()).isTrue();
        assertThat(a.type()).isEqualTo(ClaimType.STATISTIC);
    }

    @Test
    void rankingsAreRankings() {
        SentenceAssessment a = assess("The Lowy Institute's Asia Power Index ranked Australia 6th among 26 regional "
                + "states in 2023.");
        assertThat(a.claim()).isTrue();
        assertThat(a.type()).isIn(ClaimType.RANKING, ClaimType.STATISTIC);
        SentenceAssessment b = assess("In 2021, Canada was the largest supplier of uranium to the European Union.");
        assertThat(b.claim()).isTrue();
        assertThat(b.type()).isEqualTo(ClaimType.RANKING);
    }

    @Test
    void datedEventsAreEvents() {
        SentenceAssessment a = assess("In March 2019, Italy signed a memorandum of understanding with China on the "
                + "Belt and Road Initiative.");
        assertThat(a.claim()).isTrue();
        assertThat(a.type()).isEqualTo(ClaimType.EVENT);
    }

    @Test
    void creditedFindingsAreAttributions() {
        SentenceAssessment a = assess("According to the International Energy Agency, Chile supplied a quarter of the "
                + "world's lithium in 2022.");
        assertThat(a.claim()).isTrue();
        assertThat(a.source()).get().extracting(s -> s.name()).isEqualTo("International Energy Agency");
        SentenceAssessment b = assess("The Brookings Institution report found that Mexico overtook China as the main "
                + "exporter to the United States.");
        assertThat(b.claim()).isTrue();
        assertThat(b.source()).get().extracting(s -> s.name()).isEqualTo("Brookings Institution");
    }

    @Test
    void forecastsNeedANumberOrASource() {
        SentenceAssessment a = assess("The World Bank projects that Indonesia's economy will grow 5 percent in 2026.");
        assertThat(a.claim()).isTrue();
        assertThat(a.type()).isEqualTo(ClaimType.FORECAST);
        SentenceAssessment b = assess("Cooperation on quantum sensing will become even more important in the years "
                + "ahead.");
        assertThat(b.claim()).isFalse();
    }

    @Test
    void hedgedPossibilitiesAreNotClaims() {
        SentenceAssessment a = assess("Tighter visa rules could slow the arrival of engineers in the region.");
        assertThat(a.claim()).isFalse();
        assertThat(a.hedging().hedged()).isTrue();
        assertThat(a.hedging().cues()).contains("could");
    }

    @Test
    void hedgingIsReportedOnClaimsToo() {
        SentenceAssessment a = assess("Brazil produced around 40 percent of the world's soybeans in 2020.");
        assertThat(a.claim()).isTrue();
        assertThat(a.hedging().cues()).contains("around");
        assertThat(a.quantities().getFirst().approximate()).isTrue();
    }

    @Test
    void opinionsAndRecommendationsAreNotClaims() {
        assertThat(assess("This is a deeply misguided approach to industrial policy.").claim()).isFalse();
        assertThat(assess("Canberra and Wellington should expand joint research on desalination.").claim()).isFalse();
        assertThat(assess("It is essential that donors align their reporting standards.").exclusion())
                .isEqualTo("recommendation");
        assertThat(assess("Why would any government accept such terms?").claim()).isFalse();
        assertThat(assess("This paper examines three options for reform of the export regime.").claim()).isFalse();
    }

    @Test
    void imperativeListItemsAreRecommendations() {
        Sentence sentence = new Sentence(0, 0, 57, "Create a joint fund for battery recycling start-ups by 2027.",
                0, BlockKind.LIST_ITEM, "Recommendations");
        List<SentenceAssessment> assessments = extractor.assess(List.of(new AnnotatedSentence(
                new Sentence(0, 0, 60, "Create a joint fund for battery recycling start-ups by 2027.", 0,
                        BlockKind.LIST_ITEM, "Recommendations"), List.of(), List.of())));
        assertThat(sentence.listItem()).isTrue();
        assertThat(assessments.getFirst().claim()).isFalse();
    }

    @Test
    void documentLevelExtractionKeepsSpansEntitiesAndSkipsHeadings() {
        String text = "Trade Figures\n\nIn 2022, Poland bought 180 K2 tanks from South Korea. We think that was wise.";
        int s1 = text.indexOf("In 2022");
        int e1 = text.indexOf("Korea.") + 6;
        int s2 = text.indexOf("We think");
        List<AnnotatedSentence> sentences = List.of(
                new AnnotatedSentence(new Sentence(0, 0, 13, "Trade Figures", 0, BlockKind.HEADING, null), List.of(),
                        List.of()),
                new AnnotatedSentence(new Sentence(1, s1, e1, text.substring(s1, e1), 1, BlockKind.PARAGRAPH,
                        "Trade Figures"),
                        List.of(new EntityMention("poland", "Poland", EntityType.COUNTRY, s1 + 9, s1 + 15, "Poland"),
                                new EntityMention("south-korea", "South Korea", EntityType.COUNTRY, e1 - 12, e1 - 1,
                                        "South Korea")),
                        List.of()),
                new AnnotatedSentence(new Sentence(2, s2, text.length(), text.substring(s2), 1, BlockKind.PARAGRAPH,
                        "Trade Figures"),
                        List.of(), List.of()));
        List<ExtractedClaim> claims = extractor.extract(sentences);
        assertThat(claims).hasSize(1);
        ExtractedClaim claim = claims.getFirst();
        assertThat(text.substring(claim.start(), claim.end())).isEqualTo(claim.text());
        assertThat(claim.entities()).containsExactly("poland", "south-korea");
        assertThat(claim.quantities()).anySatisfy(q -> {
            assertThat(q.value()).isEqualTo(180);
            assertThat(text.substring(q.start(), q.end())).isEqualTo(q.surface());
        });
        assertThat(claim.sentenceIndex()).isEqualTo(1);
    }

    @Test
    void versionNamesExtractorAndModel() {
        assertThat(ClaimExtractor.VERSION).endsWith("+" + CheckworthinessModel.bundled().version());
    }

    @Test
    void documentNumberingItsOwnPointsIsNotARanking() {
        SentenceAssessment a = assess("The second factor is the rapid ageing of the workforce.");
        assertThat(a.claim()).isFalse();
    }

    @Test
    void copularJudgementsAreNotClaimsUnlessTheyGiveAFigure() {
        assertThat(assess("The new subsidy scheme was an ambitious bet on domestic chipmakers.").claim()).isFalse();
        // C3: a specific figure still counts inside a judgement
        assertThat(assess("The new subsidy scheme was an ambitious bet, worth $12 billion over five years.").claim())
                .isTrue();
    }

    @Test
    void ongoingActionsWithNamedPartnersScoreHigherThanVagueOnes() {
        SentenceAssessment named = assess("The agency is also working with Stanford University on a new battery "
                + "design.");
        SentenceAssessment vague = assess("The agency is also working on a new approach to these problems.");
        assertThat(named.score()).isGreaterThan(vague.score());
        assertThat(vague.claim()).isFalse();
    }

    @Test
    void narrativesAboutAbstractForcesAreNotClaimsUnlessTheyGiveAFigure() {
        // C6: broad narratives about abstract forces are not causal claims
        assertThat(assess("Globalization has helped Vietnam's exporters while weakening Mexico's textile industry.")
                .claim()).isFalse();
        assertThat(assess("Globalization has cut the cost of shipping a container from Shanghai to Rotterdam by 40 "
                + "percent.")
                .claim()).isTrue();
    }

    @Test
    void aHedgeConfinedToATrailingClauseDoesNotSinkAReportedAction() {
        SentenceAssessment scoped = assess(
                "The proposal is being reviewed by the European Commission, but further changes may be needed.");
        SentenceAssessment hedged = assess(
                "The proposal may be reviewed by the European Commission, and further changes are expected.");
        assertThat(scoped.score()).isGreaterThan(hedged.score());
        assertThat(hedged.claim()).isFalse();
    }

    @Test
    void aFilteredExtractionGivesExactlyTheWantedSentencesClaimsOfTheFullOne() {
        String repeated = "In 2023 Chile produced 44,000 tonnes of lithium, a third of the world's supply.";
        List<String> texts = List.of(
                "Japan spent 1.2 percent of its GDP on defence in 2022.",
                repeated,
                "We think that was wise.",
                "Germany's exports to China fell by 9 percent in 2023.",
                repeated);
        List<AnnotatedSentence> sentences = new java.util.ArrayList<>();
        int offset = 0;
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            sentences.add(new AnnotatedSentence(new Sentence(i, offset, offset + t.length(), t, i, BlockKind.PARAGRAPH,
                    null), List.of(), List.of()));
            offset += t.length() + 1;
        }
        List<ExtractedClaim> full = extractor.extract(sentences);
        assertThat(full).extracting(ExtractedClaim::sentenceIndex).containsExactly(0, 1, 3);

        List<ExtractedClaim> oddOnly = extractor.extract(sentences, s -> s.sentence().index() % 2 == 1);
        assertThat(oddOnly).containsExactlyElementsOf(full.stream().filter(c -> c.sentenceIndex() % 2 == 1).toList());
        // the repeat's first occurrence is the claim: wanting only the later one must not move it there
        assertThat(extractor.extract(sentences, s -> s.sentence().index() == 4)).isEmpty();
        assertThat(extractor.extract(sentences, s -> false)).isEmpty();
    }

    @Test
    void theRecommendationExtractorsVerdictDecidesWhatIsARecommendation() {
        String text = "The 2024 budget request suggests cutting $2.1 billion, 9 percent of the agency's funding.";
        List<AnnotatedSentence> sentences = List.of(new AnnotatedSentence(
                new Sentence(0, 0, text.length(), text, 0, BlockKind.PARAGRAPH, null), List.of(), List.of()));
        // the claim side's own cues read "suggests" as a proposal
        assertThat(new ClaimExtractor().assess(sentences).getFirst().exclusion()).isEqualTo("recommendation");
        // the recommendation extractor does not list it: a statistic
        SentenceAssessment notRecommended = new ClaimExtractor((RecommendationSentences) all ->
                java.util.Set.of()).assess(sentences).getFirst();
        assertThat(notRecommended.exclusion()).isNull();
        assertThat(notRecommended.claim()).isTrue();
        // it lists it: a recommendation only, never also a claim (R5)
        assertThat(new ClaimExtractor((RecommendationSentences) all ->
                java.util.Set.of(0)).assess(sentences).getFirst().claim()).isFalse();
    }

    @Test
    void recommendationSentencesGivenByTheCallerDecideAsTheExtractorsOwnWould() {
        String text = "The 2024 budget request suggests cutting $2.1 billion, 9 percent of the agency's funding.";
        List<AnnotatedSentence> sentences = List.of(new AnnotatedSentence(
                new Sentence(0, 0, text.length(), text, 0, BlockKind.PARAGRAPH, null), List.of(), List.of()));
        // the extractor's own decision is never asked when the caller already knows the recommendation sentences
        ClaimExtractor asking = new ClaimExtractor((RecommendationSentences) all -> {
            throw new AssertionError("asked again");
        });
        assertThat(asking.extract(sentences, java.util.Set.of(), s -> true)).extracting(ExtractedClaim::sentenceIndex)
                .containsExactly(0);
        assertThat(asking.extract(sentences, java.util.Set.of(0), s -> true)).isEmpty();
        // null: the claim side's own cues, which read "suggests" as a proposal
        assertThat(asking.extract(sentences, null, s -> true)).isEmpty();
    }
}
