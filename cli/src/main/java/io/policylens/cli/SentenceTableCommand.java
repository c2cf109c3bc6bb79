package io.policylens.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policylens.claims.extraction.SentenceAssessment;
import io.policylens.claims.model.CheckworthinessCascade;
import io.policylens.claims.model.CheckworthinessModel;
import io.policylens.claims.text.SentenceCues;
import io.policylens.documents.analysis.AnalysedDocument;
import io.policylens.recommendations.extraction.ExtractedRecommendation;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code eval sentences --docs D --labels L --out F}: one JSON line per assessed sentence of every labelled
 * document, with its gold label (claim, recommendation or neither, by the scorer's overlap rule), the
 * extractor's verdict and the cues it decided on. The training data of the claim scorer and the raw material of
 * error analysis.
 */
final class SentenceTableCommand {

    private final ExtractionPipeline pipeline;

    SentenceTableCommand(ExtractionPipeline pipeline) {
        this.pipeline = pipeline;
    }

    int run(List<String> arguments, PrintStream out, PrintStream err) {
        Args args = Args.parse(arguments, Set.of("docs", "labels", "out"), Set.of());
        args.noPositional("eval sentences");
        Path docs = Args.existingDirectory(args.required("docs"), "--docs");
        Map<String, GoldLabels.GoldDocument> labels = GoldLabels.load(
                Args.existingDirectory(args.required("labels"), "--labels"));
        Path target = Path.of(args.required("out"));
        int rows = 0;
        try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            for (Path file : DocumentFiles.list(docs)) {
                DocumentFiles.InputDocument input = DocumentFiles.read(file);
                GoldLabels.GoldDocument gold = labels.get(input.name());
                if (gold == null) {
                    continue;
                }
                for (ObjectNode row : rows(input, gold)) {
                    writer.write(Json.line(row));
                    writer.write('\n');
                    rows++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        err.println("policylens eval sentences: " + rows + " sentences written to " + target);
        return 0;
    }

    private List<ObjectNode> rows(DocumentFiles.InputDocument input, GoldLabels.GoldDocument gold) {
        AnalysedDocument document = pipeline.analyse(input.content(), input.format());
        List<SentenceAssessment> assessments = pipeline.assess(document);
        List<ExtractedRecommendation> recommendations = pipeline.rawRecommendations(document);
        List<GoldScorer.Prediction> all = assessments.stream()
                .map(a -> new GoldScorer.Prediction(a.text(), a.start(), a.end(), null, null, null)).toList();
        Set<String> notClaims = unmatched(input, document, gold.claims(), all);
        Set<String> notRecommendations = unmatched(input, document, gold.recommendations(), all);
        CheckworthinessModel model = CheckworthinessModel.bundled();
        List<ObjectNode> rows = new ArrayList<>(assessments.size());
        for (SentenceAssessment a : assessments) {
            SentenceCues cues = SentenceCues.of(a.text());
            ObjectNode row = Json.object();
            row.put("doc", input.name());
            row.put("index", a.sentenceIndex());
            row.put("text", a.text());
            row.put("goldClaim", notClaims.contains(key(a)) ? 0 : 1);
            row.put("goldRecommendation", notRecommendations.contains(key(a)) ? 0 : 1);
            row.put("predictedRecommendation", recommendations.stream()
                    .anyMatch(r -> a.start() < r.end() && r.start() < a.end()) ? 1 : 0);
            row.put("claim", a.claim() ? 1 : 0);
            row.put("score", a.score());
            row.put("probability", a.modelProbability());
            row.put("fastMargin", CheckworthinessCascade.bundled().fastMargin(cues));
            row.put("transformerMargin", CheckworthinessCascade.bundled().transformerMargin(a.text()));
            row.put("ngramLogit", model.ngramLogit(cues));
            row.put("pieceLogit", model.pieceLogit(cues));
            row.put("exclusion", a.exclusion());
            row.put("type", a.type() == null ? null : a.type().label());
            row.put("specificQuantities", a.quantities().stream().filter(q -> q.specific()).count());
            row.put("quantities", a.quantities().size());
            row.put("source", a.source().isPresent() ? 1 : 0);
            row.put("entities", a.entities().size());
            ObjectNode cueValues = row.putObject("cues");
            cueValues.put("wordCount", cues.wordCount());
            cueValues.put("possibilityModals", cues.possibilityModals());
            cueValues.put("future", cues.future());
            cueValues.put("normative", cues.normative());
            cueValues.put("reporting", cues.reporting());
            cueValues.put("opinionVerbs", cues.opinionVerbs());
            cueValues.put("projection", cues.projection());
            cueValues.put("ranking", cues.ranking());
            cueValues.put("ordinals", cues.ordinals());
            cueValues.put("comparison", cues.comparison());
            cueValues.put("causal", cues.causal());
            cueValues.put("evaluative", cues.evaluative());
            cueValues.put("pastVerbs", cues.pastVerbs());
            cueValues.put("perfect", cues.perfect());
            cueValues.put("firstPerson", cues.firstPerson());
            cueValues.put("secondPerson", cues.secondPerson());
            cueValues.put("numbers", cues.numbers());
            cueValues.put("years", cues.years());
            cueValues.put("months", cues.months());
            cueValues.put("timeWords", cues.timeWords());
            cueValues.put("percent", cues.percent());
            cueValues.put("money", cues.money());
            cueValues.put("properNouns", cues.properNouns());
            cueValues.put("selfReference", cues.selfReference());
            cueValues.put("namedActions", cues.namedActions());
            cueValues.put("copularEvaluations", cues.copularEvaluations());
            cueValues.put("trends", cues.trends());
            cueValues.put("discourseEnumerator", cues.discourseEnumerator() ? 1 : 0);
            cueValues.put("abstractSubject", cues.abstractSubject() ? 1 : 0);
            cueValues.put("hedgeOnlyInContrastClause", cues.hedgeOnlyInContrastClause() ? 1 : 0);
            cueValues.put("accordingTo", cues.accordingTo() ? 1 : 0);
            cueValues.put("question", cues.question() ? 1 : 0);
            cueValues.put("terminalPunctuation", cues.terminalPunctuation() ? 1 : 0);
            cueValues.put("hedges", cues.hedgeCues().size());
            rows.add(row);
        }
        return rows;
    }

    /** Texts of sentences that match no gold item when every sentence is offered as a prediction. */
    private static Set<String> unmatched(DocumentFiles.InputDocument input, AnalysedDocument document,
                                         List<GoldLabels.GoldItem> gold, List<GoldScorer.Prediction> all) {
        GoldScorer.DocumentScore score = GoldScorer.score(input.name(), input.content(), input.format(),
                document.text().length(), gold, all);
        Set<String> texts = new HashSet<>();
        for (GoldScorer.Placed placed : score.falsePositives()) {
            texts.add(placed.text());
        }
        return texts;
    }

    private static String key(SentenceAssessment a) {
        return a.text();
    }
}
