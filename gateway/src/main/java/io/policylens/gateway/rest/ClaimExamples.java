package io.policylens.gateway.rest;

/** OpenAPI examples of claims-service answers, as the gateway relays them. */
final class ClaimExamples {

    static final String CLAIM = "{\"id\":\"5d1c2a3e-7a51-3d6f-9c1e-2b8f0a7c4d21\","
            + "\"documentId\":\"0b6f3a52-3c1e-4c57-9a55-0d0b7d4f6a11\",\"start\":32,\"end\":153,\"text\":\"South Korea "
            + "accounts for 60 percent of the global DRAM market, according to the Korea Semiconductor Industry "
            + "Association.\",\"type\":\"statistic\",\"score\":0.97,\"hedged\":false,\"hedges\":[],"
            + "\"quantities\":[{\"value\":60.0,\"scale\":\"percent\",\"unit\":null,\"measured\":\"global DRAM market\","
            + "\"period\":null,\"approximate\":false,\"start\":57,\"end\":67,\"surface\":\"60 percent\"}],"
            + "\"entities\":[\"south-korea\"],\"topics\":[\"semiconductors\"],\"citedSource\":{\"name\":\"Korea "
            + "Semiconductor Industry Association\",\"cue\":\"according to\"},\"section\":\"Background\","
            + "\"sentenceIndex\":2,\"document\":{\"id\":\"0b6f3a52-3c1e-4c57-9a55-0d0b7d4f6a11\",\"title\":\"Why Tech "
            + "Cooperation Matters\",\"publisher\":\"Korea Economic Institute of America\","
            + "\"publishedDate\":\"2025-06-04\",\"url\":\"https://example.org/briefs/tech-cooperation\",\"revision\":1,"
            + "\"visibility\":\"public\",\"ownerOrg\":\"partner-a\"},\"review\":{\"status\":\"disputed\","
            + "\"note\":\"Other sources give 45 percent.\",\"reviewer\":\"analyst-1\","
            + "\"reviewedAt\":\"2026-11-24T09:00:00Z\"},\"extractorVersion\":\"claims-1.0+cw-lr-1\","
            + "\"updatedAt\":\"2026-11-24T08:00:00Z\"}";

    static final String CLAIM_PAGE = "{\"items\":[" + CLAIM + "],\"page\":0,\"size\":20,\"total\":1}";

    static final String REVIEW_PAGE = "{\"items\":[{\"status\":\"disputed\",\"note\":\"Other sources give 45 "
            + "percent.\",\"reviewer\":\"analyst-1\",\"reviewedAt\":\"2026-11-24T09:00:00Z\"},{\"status\":\"verified\","
            + "\"note\":null,\"reviewer\":\"analyst-2\",\"reviewedAt\":\"2026-11-23T15:30:00Z\"}],\"page\":0,"
            + "\"size\":20,\"total\":2}";

    static final String MATCH_PAGE = "{\"items\":[{\"kind\":\"conflicting\",\"measure\":\"global DRAM market\","
            + "\"value\":60.0,"
            + "\"otherValue\":45.0,\"similarity\":0.8,\"claim\":" + CLAIM + "}],\"page\":0,\"size\":20,\"total\":1}";

    static final String CLAIM_REVIEW = "{\"@context\":\"https://schema.org\",\"@type\":\"ClaimReview\","
            + "\"url\":\"https://policylens.io/claims/5d1c2a3e-7a51-3d6f-9c1e-2b8f0a7c4d21\",\"claimReviewed\":\"South "
            + "Korea accounts for 60 percent of the global DRAM market.\",\"datePublished\":\"2026-11-24\","
            + "\"author\":{\"@type\":\"Organization\",\"name\":\"Policy Lens\"},\"reviewRating\":{\"@type\":\"Rating\","
            + "\"ratingValue\":3,\"bestRating\":5,\"worstRating\":1,\"alternateName\":\"Disputed\"},"
            + "\"itemReviewed\":{\"@type\":\"Claim\",\"author\":{\"@type\":\"Organization\",\"name\":\"Korea Economic "
            + "Institute of America\"},\"datePublished\":\"2025-06-04\",\"appearance\":[{\"@type\":\"CreativeWork\","
            + "\"url\":\"https://example.org/briefs/tech-cooperation\",\"headline\":\"Why Tech Cooperation "
            + "Matters\"}]},\"reviewBody\":\"Other sources give 45 percent.\"}";

    static final String EXTRACTION = "{\"extractorVersion\":\"claims-1.7+cw-blend-2\","
            + "\"pipelineVersion\":\"documents-pipeline/3\",\"sentences\":2,\"text\":\"South Korea accounts for 60 "
            + "percent of the global DRAM market. Exports could fall next year.\",\"claims\":[{\"start\":0,\"end\":62,"
            + "\"text\":\"South Korea accounts for 60 percent of the global DRAM market.\",\"type\":\"statistic\","
            + "\"score\":0.99,\"hedged\":false,\"hedges\":[],\"quantities\":[{\"value\":60.0,\"scale\":\"percent\","
            + "\"unit\":null,\"measured\":\"global DRAM market\",\"period\":null,\"approximate\":false,\"start\":25,"
            + "\"end\":35,\"surface\":\"60 percent\"}],\"entities\":[\"south-korea\"],\"topics\":[\"semiconductors\"],"
            + "\"citedSource\":null,\"section\":null,\"sentenceIndex\":0}]}";

    static final String FEED = "{\"consumer\":\"policylens-claims\",\"cursor\":1180,\"head\":1204,\"lag\":24,"
            + "\"applied\":310,\"lastPoll\":\"2026-11-24T09:00:00Z\",\"lastError\":null,"
            + "\"partitions\":[{\"partition\":0,\"committed\":590,\"end\":590,\"lag\":0},{\"partition\":1,"
            + "\"committed\":590,\"end\":614,\"lag\":24}],\"fastPathLag\":0,\"reextraction\":{\"generation\":3,"
            + "\"running\":true,\"lag\":412}}";

    static final String NOT_REVIEWED = "{\"type\":\"https://policylens.io/problems/not-reviewed\","
            + "\"title\":\"Conflict\",\"status\":409,\"detail\":\"claim 5d1c2a3e-7a51-3d6f-9c1e-2b8f0a7c4d21 has not "
            + "been reviewed\",\"instance\":\"/claims/5d1c2a3e-7a51-3d6f-9c1e-2b8f0a7c4d21/claimreview\","
            + "\"requestId\":\"3f2a9c\"}";

    private ClaimExamples() {
    }
}
