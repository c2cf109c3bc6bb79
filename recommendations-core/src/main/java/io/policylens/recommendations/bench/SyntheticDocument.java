package io.policylens.recommendations.bench;

/** A policy-brief-like Markdown document written for the benchmark: prose, claims, proposals and lists. */
final class SyntheticDocument {

    private SyntheticDocument() {
    }

    private static final String SECTION = """
            ## Why the partnership matters

            South Korea produced about 18 percent of the world's memory chips in 2023, according to an industry survey.
            Washington has announced grants worth $6 billion for new fabs, and three Korean firms have broken ground in Texas.
            Political gridlock in Seoul could slow the reform agenda. Such a declaration would help manage expectations.
            The two governments signed a memorandum on battery materials in 2022. Tokyo joined the talks a year later.

            ## Recommendations

            Washington and Seoul should create a standing working group on critical minerals processing.
            It is essential that the two countries agree on common screening rules for outbound investment.
            The commission said Congress should fund a joint research centre for biomanufacturing.
            Korea's export credit agency could be tapped to co-finance projects in Southeast Asia.
            This report recommends three lines of effort:

            - Align incentives for joint R&D in power semiconductors.
            - Expand Talent Exchanges: Both sides should double the number of visas for engineers.
            - Build a shared stockpile of rare earth magnets under the IPEF framework.

            The United States has already financed two undersea cables through the Development Finance Corporation.
            """;

    static String text() {
        StringBuilder text = new StringBuilder("# Benchmark brief on technology cooperation\n\n");
        for (int i = 0; i < 20; i++) {
            text.append(SECTION).append('\n');
        }
        return text.toString();
    }
}
