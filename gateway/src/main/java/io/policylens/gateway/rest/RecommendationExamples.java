package io.policylens.gateway.rest;

/** OpenAPI examples of recommendations-service answers, as the gateway relays them, and of the evidence view. */
final class RecommendationExamples {

    static final String ID = "7d8f3c1e-1b2a-3c4d-9e8f-0a1b2c3d4e5f";
    static final String CLUSTER_ID = "rc-0aa65eaa249c";

    private static final String FIELDS = "\"id\":\"" + ID + "\",\"documentId\":\"3f2a9c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b\""
            + ",\"documentTitle\":\"Chip Partnership Brief\",\"publisher\":\"Test Institute\","
            + "\"publishedDate\":\"2024-03-01\",\"visibility\":\"public\",\"ownerOrg\":\"partner-a\",\"start\":247,"
            + "\"end\":362,\"text\":\"Washington and Seoul should move beyond a bilateral framework and leverage "
            + "larger multilateral forums such as IPEF.\",\"actor\":\"United States and South Korea\","
            + "\"strength\":\"should\",\"action\":\"move beyond a bilateral framework and leverage larger multilateral "
            + "forums such as IPEF\",\"topics\":[\"alliances-diplomacy\"],\"forums\":[\"Indo-Pacific Economic "
            + "Framework\"],\"entities\":[\"united-states\",\"south-korea\",\"ipef\"],\"section\":\"Recommendations\","
            + "\"sentenceIndex\":5,"
            + "\"negated\":false,\"clusterId\":\"" + CLUSTER_ID + "\",";

    private static final String TAIL = ",\"extractorVersion\":\"recommendations-1.0.0\",\"documentRevision\":1";

    static final String RECOMMENDATION = "{" + FIELDS + "\"status\":\"proposed\",\"statusChangedAt\":null" + TAIL + "}";

    private static final String EVIDENCE_LINK = "{\"claimId\":\"0b6d1f0e-8c39-3e0f-9a53-2f4d9c1e7a21\",\"start\":58,"
            + "\"end\":162,\"text\":\"South Korea produced 18 percent of the world's semiconductors in 2023, according "
            + "to the Ministry of Trade.\",\"score\":0.42,\"reason\":\"shares south-korea, united-states; 2 sentences "
            + "before\",\"claimsVersion\":\"claims-1.7+cw-blend-2\"}";

    static final String RECOMMENDATION_WITH_EVIDENCE = "{" + FIELDS + "\"status\":\"proposed\","
            + "\"statusChangedAt\":null" + TAIL + ",\"evidence\":[" + EVIDENCE_LINK + "]}";

    static final String RECOMMENDATION_PAGE = "{\"items\":[" + RECOMMENDATION + "],\"page\":0,\"size\":20,\"total\":1}";

    static final String TRACKED = "{" + FIELDS + "\"status\":\"under_consideration\","
            + "\"statusChangedAt\":\"2026-11-24T09:00:00Z\"" + TAIL + "}";

    static final String HISTORY = "[{\"fromStatus\":\"proposed\",\"status\":\"under_consideration\",\"note\":\"Raised "
            + "at the June working group\",\"actor\":\"jane.analyst\",\"date\":\"2025-06-04\","
            + "\"at\":\"2026-11-24T09:00:00Z\"}]";

    private static final String CLUSTER = "{\"id\":\"" + CLUSTER_ID + "\",\"label\":\"work through multilateral forums "
            + "such as IPEF to coordinate supply chain policy\",\"keywords\":[\"multilateral\",\"ipef\",\"forum\"],"
            + "\"members\":2,\"documents\":2,\"publishers\":2,\"opposing\":0,\"updatedAt\":\"2026-11-24T08:00:00Z\"}";

    static final String CLUSTER_PAGE = "{\"items\":[" + CLUSTER + "],\"page\":0,\"size\":20,\"total\":1}";

    static final String CLUSTER_DETAIL = "{\"cluster\":" + CLUSTER + ",\"members\":" + RECOMMENDATION_PAGE + "}";

    static final String EXTRACTION = "{\"extractorVersion\":\"recommendations-1.0.0\","
            + "\"recommendations\":[{\"start\":0,\"end\":72,\"text\":\"Washington and Seoul should coordinate export "
            + "controls on semiconductors.\",\"actor\":\"United States and South Korea\",\"strength\":\"should\","
            + "\"action\":\"coordinate export controls on semiconductors\",\"topics\":[\"semiconductors\"],"
            + "\"forums\":[],\"entities\":[\"united-states\",\"south-korea\"],\"section\":null,\"sentenceIndex\":0,"
            + "\"negated\":false}]}";

    static final String FEED = "{\"consumer\":\"policylens-recommendations\",\"cursor\":1180,\"head\":1204,\"lag\":24,"
            + "\"applied\":310,\"lastPoll\":\"2026-11-24T09:00:00Z\",\"lastError\":null,"
            + "\"partitions\":[{\"partition\":0,\"committed\":590,\"end\":590,\"lag\":0},{\"partition\":1,"
            + "\"committed\":590,\"end\":614,\"lag\":24}],\"fastPathLag\":0,\"reextraction\":null,"
            + "\"clustering\":{\"pending\":true,\"clusteredUpTo\":118,\"pendingSince\":\"2026-11-24T08:59:58Z\","
            + "\"lastClusteredAt\":\"2026-11-24T08:59:51Z\",\"lastDurationMs\":212,\"lastRecommendations\":1180,"
            + "\"lastError\":null}}";

    static final String INVALID_TRANSITION = "{\"type\":\"https://policylens.io/problems/invalid-transition\","
            + "\"title\":\"Conflict\",\"status\":409,\"detail\":\"cannot move from 'implemented' to 'rejected'\","
            + "\"instance\":\"/recommendations/" + ID + "/status\",\"requestId\":\"3f2a9c\"}";

    static final String EVIDENCE = "{\"recommendation\":" + RECOMMENDATION + ",\"source\":{\"start\":247,\"end\":362,"
            + "\"quote\":\"Washington and Seoul should move beyond a bilateral framework and leverage larger "
            + "multilateral forums such as IPEF.\",\"matchesStoredText\":true},"
            + "\"evidence\":[{\"claimId\":\"0b6d1f0e-8c39-3e0f-9a53-2f4d9c1e7a21\",\"reason\":\"shares south-korea, "
            + "united-states; 2 sentences before\",\"linkScore\":0.42,\"origin\":\"claims-service\","
            + "\"claim\":{\"id\":\"0b6d1f0e-8c39-3e0f-9a53-2f4d9c1e7a21\",\"type\":\"statistic\",\"score\":0.91,"
            + "\"review\":{\"status\":\"verified\"}},\"source\":{\"start\":58,\"end\":162,\"quote\":\"South Korea "
            + "produced 18 percent of the world's semiconductors in 2023, according to the Ministry of Trade.\","
            + "\"matchesStoredText\":true}}],\"degraded\":false,\"missing\":[],\"reasons\":{}}";

    private RecommendationExamples() {
    }
}
