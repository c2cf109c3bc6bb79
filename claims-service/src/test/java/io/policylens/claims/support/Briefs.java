package io.policylens.claims.support;

import io.policylens.claims.extraction.ClaimExtractor;
import io.policylens.claims.extraction.ClaimIds;
import io.policylens.claims.extraction.ExtractedClaim;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Small test documents (written for these tests) and what the extractor makes of them. */
public final class Briefs {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(
                    new io.policylens.recommendations.extraction.RecommendationExtractor()
                            ::sentenceIndexes);

    private Briefs() {
    }

    /** A brief with a sourced statistic, a ranking, a hedged forecast and a non-claim. */
    public static String memoryChips(String marker) {
        return "Memory Chips Brief " + marker + "\n\nBackground\n\nSouth Korea accounts for 60 percent of the global "
                + "DRAM market, according to the Korea Semiconductor Industry Association. Samsung could double its "
                + "output by 2030. We thank our readers.\n\nOutlook\n\nThe United States is the largest importer of "
                + "memory chips in the world.\n";
    }

    /** One claim about the DRAM market share with the given figure. */
    public static String dramShare(String marker, int percent) {
        return "Market Note " + marker + "\n\n"
                + "South Korea accounts for " + percent + " percent of the global DRAM market. Seoul signed the chip "
                        + "agreement in 2023.\n";
    }

    /** What the service should store for the document: claims-core run on the sentences it is served. */
    public static List<ExtractedClaim> expected(FakeDocuments.Doc doc) {
        return EXTRACTOR.extract(doc.annotated());
    }

    public static Set<String> expectedIds(FakeDocuments.Doc doc) {
        return expected(doc).stream()
                .map(c -> ClaimIds.of(doc.id, c.start(), c.end()).toString())
                .collect(Collectors.toSet());
    }

    public static String idOf(UUID documentId, ExtractedClaim claim) {
        return ClaimIds.of(documentId, claim.start(), claim.end()).toString();
    }
}
