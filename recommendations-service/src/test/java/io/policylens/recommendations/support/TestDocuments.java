package io.policylens.recommendations.support;

/** Small documents written for these tests; each theme is used by one test class so clusters do not mix. */
public final class TestDocuments {

    public static final String CHIPS =
            """
            Chip Partnership Brief

            Background

            South Korea produced 18 percent of the world's semiconductors in 2023, according to the Ministry of Trade. \
            The United States imported chips worth 12 billion dollars from South Korea last year.

            Recommendations

            Washington and Seoul should move beyond a bilateral framework and leverage larger multilateral forums \
            such as IPEF.
            The United States must expand export controls on advanced semiconductors.
            """;

    public static final String HYDROGEN_1 =
            """
            Hydrogen Corridor Memo

            Context

            Australia exported 2 million tonnes of liquefied natural gas to Japan in March 2024. Japan aims to import \
            3 million tonnes of clean hydrogen a year by 2030, according to its energy ministry.

            Proposals

            Australia and Japan should build a hydrogen shipping corridor between Queensland and Kobe.
            """;

    public static final String HYDROGEN_2 =
            """
            Clean Fuel Partnerships

            Overview

            Japan spent 15 billion dollars on hydrogen subsidies in 2023.

            Recommendations

            Tokyo and Canberra must co-invest in hydrogen shipping terminals and a joint hydrogen corridor.
            """;

    public static final String CABLES_PUBLIC =
            """
            Cable Security Note

            Findings

            Three undersea cables connecting Taiwan were cut in 2023, the National Communications Commission reported.

            Recommendations

            Taiwan should lay redundant undersea cables to the Philippines.
            """;

    public static final String CABLES_PRIVATE =
            """
            Subsea Resilience

            Background

            Repair ships for undersea cables take 40 days on average to reach a fault in the Pacific.

            What To Do

            Taiwan must fund redundant undersea cable routes and a dedicated repair ship.
            The Philippines should train volunteer beekeepers in Mindanao.
            """;

    private TestDocuments() {
    }

    /** A one-recommendation brief on a subject of its own, for tests that need many documents. */
    public static String brief(String country, String subject) {
        return country + " " + subject + " Brief\n\nFacts\n\n" + country + " spent 800 million dollars on " + subject
                + " in 2022.\n\nRecommendations\n\n" + country + " should expand " + subject
                + " monitoring with its neighbours.\n";
    }
}
