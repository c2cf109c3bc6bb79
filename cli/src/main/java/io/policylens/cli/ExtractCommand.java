package io.policylens.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policylens.claims.extraction.ExtractedClaim;
import io.policylens.recommendations.extraction.ExtractedRecommendation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * {@code extract <dir> --out <file.jsonl>}: one JSON object per extracted item, documents sorted by
 * file name, items of a document in text order. {@code --out -} writes to standard output.
 */
final class ExtractCommand {

    private final ExtractionPipeline pipeline;

    ExtractCommand(ExtractionPipeline pipeline) {
        this.pipeline = pipeline;
    }

    int run(List<String> arguments, PrintStream out, PrintStream err) throws IOException {
        Args args = Args.parse(arguments, Set.of("out"), Set.of());
        if (args.positional().size() != 1) {
            throw new UsageException("extract needs exactly one input folder: extract <dir> --out <file.jsonl>");
        }
        Path dir = Args.existingDirectory(args.positional().getFirst(), "input folder");
        String outName = args.required("out");
        List<Path> files = DocumentFiles.list(dir);
        if (files.isEmpty()) {
            err.println("policylens extract: no .txt/.html/.md files in " + dir);
        }
        Counts counts;
        if ("-".equals(outName)) {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            counts = write(files, writer, err);
            writer.flush();
        } else {
            Path outFile = Path.of(outName);
            Path parent = outFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (BufferedWriter writer = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
                counts = write(files, writer, err);
            }
        }
        err.printf("policylens extract: %d documents, %d claims, %d recommendations -> %s%n",
                counts.documents, counts.claims, counts.recommendations, outName);
        if (counts.failed > 0) {
            err.printf("policylens extract: %d documents failed%n", counts.failed);
            return 1;
        }
        return 0;
    }

    private static final class Counts {
        int documents;
        int failed;
        int claims;
        int recommendations;
    }

    private Counts write(List<Path> files, Writer writer, PrintStream err) throws IOException {
        Counts counts = new Counts();
        for (Path file : files) {
            DocumentFiles.InputDocument input = DocumentFiles.read(file);
            ExtractionPipeline.Result result;
            try {
                result = pipeline.process(input.content(), input.format());
            } catch (RuntimeException e) {
                counts.failed++;
                err.println("policylens extract: " + file.getFileName() + ": " + e);
                continue;
            }
            counts.documents++;
            for (ObjectNode line : lines(input.name(), result)) {
                writer.write(Json.line(line));
                writer.write('\n');
            }
            counts.claims += result.claims().size();
            counts.recommendations += result.recommendations().size();
        }
        return counts;
    }

    /** The JSON lines of one document, in text order (claims before recommendations at equal offsets). */
    static List<ObjectNode> lines(String doc, ExtractionPipeline.Result result) {
        record Item(int start, int kind, ObjectNode node) {
        }
        List<Item> items = new ArrayList<>();
        for (ExtractedClaim claim : result.claims()) {
            items.add(new Item(claim.start(), 0, claimLine(doc, claim)));
        }
        for (ExtractedRecommendation recommendation : result.recommendations()) {
            items.add(new Item(recommendation.start(), 1, recommendationLine(doc, recommendation)));
        }
        items.sort(Comparator.comparingInt(Item::start).thenComparingInt(Item::kind));
        return items.stream().map(Item::node).toList();
    }

    static ObjectNode claimLine(String doc, ExtractedClaim claim) {
        ObjectNode node = Json.object();
        node.put("doc", doc);
        node.put("kind", "claim");
        node.put("text", claim.text());
        node.put("start", claim.start());
        node.put("end", claim.end());
        node.put("type", claim.type() == null ? "other" : claim.type().label());
        node.put("score", Json.round(claim.score()));
        return node;
    }

    static ObjectNode recommendationLine(String doc, ExtractedRecommendation recommendation) {
        ObjectNode node = Json.object();
        node.put("doc", doc);
        node.put("kind", "recommendation");
        node.put("text", recommendation.text());
        node.put("start", recommendation.start());
        node.put("end", recommendation.end());
        if (recommendation.actor() == null) {
            node.putNull("actor");
        } else {
            node.put("actor", recommendation.actor());
        }
        if (recommendation.strength() == null) {
            node.putNull("strength");
        } else {
            node.put("strength", recommendation.strength());
        }
        return node;
    }
}
