package io.policylens.system.e2e;

import java.util.Locale;
import java.util.UUID;

/**
 * Small policy documents written for these tests (nothing from ../shared): claims with figures, rankings and
 * cited sources, recommendations with named actors, and plain sentences that are neither. Every document carries a
 * marker word unique to the test run, so content-hash idempotency never returns a document of an earlier run and
 * a search for the marker finds exactly what one test wrote.
 */
final class TestDocuments {

    /** A word unique to this JVM run, letters only (so full-text search treats it as one word). */
    static final String RUN = marker();

    private TestDocuments() {
    }

    static String marker() {
        StringBuilder word = new StringBuilder("zq");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            word.append(Character.isDigit(c) ? (char) ('a' + (c - '0')) : c);
        }
        return word.toString().toLowerCase(Locale.ROOT);
    }

    /** A briefing on memory chips: claims (statistics, ranking, attribution, forecast) and recommendations. */
    static String chipsBriefing(String marker, double share) {
        return """
                Memory chips and supply security: briefing %1$s

                Summary

                In 2023, Freedonia accounted for %2$.0f percent of global DRAM production, \
                according to the International Semiconductor Council.
                Freedonia is the second largest exporter of memory chips after Sylvania.
                Exports of semiconductors from Freedonia rose by 18 percent between 2021 and 2023.
                The Freedonian Ministry of Trade estimated that chip shortages \
                cost the car industry 4.2 billion dollars in 2022.
                Analysts expect demand for advanced packaging to double by 2027.
                This briefing was prepared for the annual supply chain review (reference %1$s).

                Recommendations

                The government of Freedonia should establish a strategic reserve of semiconductor components by 2026.
                The European Union must coordinate export controls on advanced chip manufacturing equipment \
                with its partners.
                Parliament should fund a training programme for 5,000 chip engineers over the next five years.
                """.formatted(marker, share);
    }

    /** The n-th document of a batch: about 1.5 KB, distinct figures per document. */
    static String batchDocument(String marker, int n) {
        int year = 2010 + n % 14;
        return """
                Industrial policy note %1$s number %2$d

                In %3$d, Sylvania produced %4$d.%5$d million tonnes of steel, \
                according to the Sylvanian Statistics Office.
                Steel exports from Sylvania fell by %6$d percent compared with the previous year.
                Sylvania ranked third among steel producers in the region in %3$d.
                The national energy agency reported that electricity prices for industry rose by %7$d percent in %3$d.
                Unemployment in the steel regions reached %8$d.%5$d percent, the highest level since 2009.
                The committee met twice during the spring session.
                Officials could face further pressure if demand declines again next year.
                The ministry of industry should publish a decarbonisation roadmap for the steel sector by %9$d.
                Regional authorities must support workers affected by plant closures.
                """.formatted(marker, n, year, 20 + n % 30, n % 10, 3 + n % 12, 5 + n % 20, 6 + n % 9, year + 3);
    }
}
