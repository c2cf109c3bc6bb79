package io.policylens.gateway.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.policylens.common.paging.Page;
import io.policylens.common.problem.Problem;
import io.policylens.claims.contract.RemoteClaim;
import io.policylens.claims.contract.RemoteClaimPage;
import io.policylens.claims.contract.RemoteClaimReview;
import io.policylens.claims.contract.RemoteExtraction;
import io.policylens.claims.contract.RemoteMatch;
import io.policylens.claims.contract.RemoteMatchPage;
import io.policylens.claims.contract.RemoteReview;
import io.policylens.claims.contract.RemoteReviewPage;
import io.policylens.documents.contract.RemoteDocument;
import io.policylens.documents.contract.RemoteFeedStatus;
import io.policylens.documents.contract.RemoteProcessedRevision;
import io.policylens.documents.contract.RemoteSentence;
import io.policylens.documents.contract.RemoteSentencePage;
import io.policylens.recommendations.contract.RemoteCluster;
import io.policylens.recommendations.contract.RemoteClusterDetail;
import io.policylens.recommendations.contract.RemoteClusterPage;
import io.policylens.recommendations.contract.RemoteEvidence;
import io.policylens.recommendations.contract.RemoteHistoryEntry;
import io.policylens.recommendations.contract.RemoteRecommendation;
import io.policylens.recommendations.contract.RemoteRecommendationPage;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

/**
 * Programs the downstream stand-ins. documents-service answers are serialised from the
 * documents-contract records (documents-service's provider contract test parses its real answers
 * with them), claims-service answers from the claims-contract records (claims-service's
 * GatewayContractTest does the same), so the stubs cannot silently drift from what the services send.
 */
public final class Stubs {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Stubs() {
    }

    public static WireMock documents() {
        return client("documents");
    }

    public static WireMock claims() {
        return client("claims");
    }

    public static WireMock recommendations() {
        return client("recommendations");
    }

    /** Forgets all stubs and recorded requests, and closes every circuit breaker, between tests. */
    public static void reset() {
        documents().resetMappings();
        documents().resetRequests();
        claims().resetMappings();
        claims().resetRequests();
        recommendations().resetMappings();
        recommendations().resetRequests();
        CircuitBreakerMaintenance.get().resetAll();
    }

    /** Each service's GET /internal/data-version answer (the view cache's invalidation signal). */
    public static void dataVersions(long documents, long claims, long recommendations) {
        long[] versions = {documents, claims, recommendations};
        WireMock[] services = {documents(), claims(), recommendations()};
        for (int i = 0; i < services.length; i++) {
            services[i].register(WireMock.get("/internal/data-version").atPriority(1)
                    .willReturn(json(200, "{\"version\":" + versions[i] + "}")));
        }
    }

    private static WireMock client(String service) {
        URI url = URI.create(ConfigProvider.getConfig()
                                .getValue("quarkus.rest-client." + service + ".url", String.class));
        return new WireMock(url.getHost(), url.getPort());
    }

    /** A DocumentView as documents-service serves it: the contract fields plus stats and topics. */
    public static String document(UUID id, String ownerOrg, String visibility) {
        RemoteDocument document = new RemoteDocument(id, "Why Tech Cooperation Matters", List.of("Jane Doe"),
                        "Test Institute", LocalDate.of(2024, 3, 1), "https://example.org/brief", visibility, ownerOrg,
                        1);
        ObjectNode node = JSON.valueToTree(document);
        // fields the consumers' contract does not model (the gateway only reads stats)
        node.putObject("stats")
                .put("characters", 420)
                .put("blocks", 5)
                .put("sentences", 4)
                .put("pipelineVersion", "test");
        node.putArray("topics").addObject().put("topic", "semiconductors").put("score", 0.5);
        return node.toString();
    }

    /** As {@link #document}, from a documents-service that sends the outline with the document (stats.sections). */
    public static String documentWithOutline(UUID id, String ownerOrg, String visibility) {
        ObjectNode node = (ObjectNode) readTree(document(id, ownerOrg, visibility));
        ArrayNode sections = ((ObjectNode) node.get("stats")).putArray("sections");
        sections.addObject().putNull("title").put("sentences", 1).put("listItems", 0);
        sections.addObject().put("title", "Findings").put("sentences", 2).put("listItems", 0);
        sections.addObject()
                .put("title", "Recommendations")
                .put("sentences", 3)
                .put("listItems", 2);
        return node.toString();
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Four sentences in two sections, one of them a list item. */
    public static String sentences() {
        List<RemoteSentence> sentences = List.of(sentence(0, 0, 40, "Background", "paragraph",
                                "South Korea makes 20 percent of memory chips."), sentence(1, 41, 90, "Background",
                                "paragraph", "Samsung and SK Hynix lead the market."),
                        sentence(2, 91, 150, "Recommendations", "heading", "Recommendations"), sentence(3, 151, 230,
                                "Recommendations", "list_item",
                                "Washington and Seoul should coordinate export controls."));
        return write(new RemoteSentencePage(sentences, 0, 1000, sentences.size()));
    }

    private static RemoteSentence sentence(int index, int start, int end, String section, String kind, String text) {
        return new RemoteSentence(index, start, end, text, section, index, kind, List.of(new RemoteSentence.Entity(
                                "south-korea", "South Korea", "country", start, start + 11)),
                List.of(new RemoteSentence.Topic("semiconductors", 1.0)));
    }

    /**
     * A page as the extraction services serve it (commons Page); the item shapes are theirs and
     * pass through untouched.
     */
    public static String page(List<Map<String, Object>> items) {
        return write(new Page<>(items, 0, 100, items.size()));
    }

    /** A problem+json body exactly as a service would send it. */
    public static String problem(int status, String slug, String detail, String instance) {
        return write(new Problem(Problem.TYPE_BASE + slug, "Not Found", status, detail, instance, "downstream-id",
                        null));
    }

    /** A claim as claims-service serves it: a sourced 60 percent statistic of the given document, unreviewed. */
    public static RemoteClaim claim(UUID id, UUID document, String ownerOrg, String visibility, String text) {
        return new RemoteClaim(id, document, 0, text.length(), text, "statistic", 0.97, false, List.of(), List.of(
                        new RemoteClaim.Quantity(60.0, "percent", null, "global DRAM market", null, false, 25, 35,
                                "60 percent")), List.of("south-korea"), List.of("semiconductors"),
                new RemoteClaim.Source("Korea Semiconductor Industry Association", "according to"), "Background", 0,
                new RemoteClaim.Document(document, "Why Tech Cooperation Matters", "Test Institute",
                        LocalDate.of(2024, 3, 1), "https://example.org/brief", 1, visibility, ownerOrg), unreviewed(),
                "claims-test", OffsetDateTime.of(2026, 11, 24, 8, 0, 0, 0, ZoneOffset.UTC));
    }

    public static RemoteReview unreviewed() {
        return new RemoteReview("unreviewed", null, null, null);
    }

    public static RemoteReview review(String status, String note, String reviewer) {
        return new RemoteReview(status, note, reviewer, OffsetDateTime.of(2026, 11, 24, 9, 0, 0, 0, ZoneOffset.UTC));
    }

    /** The claim with a new review, as PUT /claims/{id}/review answers. */
    public static RemoteClaim reviewed(RemoteClaim c, RemoteReview review) {
        return new RemoteClaim(c.id(), c.documentId(), c.start(), c.end(), c.text(), c.type(), c.score(), c.hedged(),
                c.hedges(), c.quantities(), c.entities(), c.topics(), c.citedSource(), c.section(), c.sentenceIndex(),
                c.document(), review, c.extractorVersion(), c.updatedAt());
    }

    public static String claimPage(List<RemoteClaim> claims) {
        return write(new RemoteClaimPage(claims, 0, 100, claims.size()));
    }

    public static String reviewPage(List<RemoteReview> reviews) {
        return write(new RemoteReviewPage(reviews, 0, 20, reviews.size()));
    }

    /** A conflicting match: the other claim states 45 percent where this one states 60. */
    public static String conflictPage(RemoteClaim other) {
        return write(new RemoteMatchPage(List.of(new RemoteMatch("conflicting", "global DRAM market", 60.0, 45.0, 0.8,
                                        other)), 0, 20, 1));
    }

    /** The schema.org ClaimReview (JSON-LD) of a reviewed claim. */
    public static String claimReview(RemoteClaim c, String alternateName) {
        var organisation = new RemoteClaimReview.Organization("Organization", c.document().publisher());
        return write(new RemoteClaimReview("https://schema.org", "ClaimReview",
                        "https://policylens.io/claims/" + c.id(), c.text(), "2026-11-24",
                        new RemoteClaimReview.Organization("Organization", "Policy Lens"),
                        new RemoteClaimReview.Rating("Rating", 5, 5, 1, alternateName), new RemoteClaimReview.Claim(
                                "Claim", organisation, "2024-03-01", List.of(new RemoteClaimReview.CreativeWork(
                                                "CreativeWork", c.document().url(), c.document().title(), "2024-03-01",
                                                organisation))), "Matches the association's figures."));
    }

    /** POST /claims/extract's answer for a one-sentence text holding one claim. */
    public static String extraction(String text) {
        return write(new RemoteExtraction("claims-test", "documents-pipeline/test", 1, text, List.of(
                                new RemoteExtraction.Claim(0, text.length(), text, "statistic", 0.99, false, List.of(),
                                        List.of(new RemoteClaim.Quantity(60.0, "percent", null, "market", null, false,
                                                        12, 22, "60 percent")), List.of("south-korea"),
                                        List.of("semiconductors"), null, null, 0))));
    }

    public static String feedStatus(long cursor, long head) {
        return write(new RemoteFeedStatus("claims", cursor, head, head - cursor, cursor,
                        Instant.parse("2026-11-24T09:00:00Z"), null));
    }

    /** claims-service's GET /claims/documents/{id}/processing answer. */
    public static String claimsProcessed(UUID document, int revision) {
        return write(new RemoteProcessedRevision(
                        document, revision, Instant.parse("2026-11-24T09:00:00Z")));
    }

    // ---- recommendations-service: bodies serialised from recommendations-contract records ----

    /**
     * A recommendation as recommendations-service serves it, spanning [start, end) of its
     * document's text.
     */
    public static RemoteRecommendation recommendation(
            UUID id, UUID document, String ownerOrg, String visibility, int start, String text) {
        return new RemoteRecommendation(id, document, "Why Tech Cooperation Matters", "Test Institute",
                LocalDate.of(2024, 3, 1), visibility, ownerOrg, start, start + text.length(), text,
                "United States and South Korea", "should", "coordinate export controls", List.of("semiconductors"),
                List.of(), List.of("united-states", "south-korea"), "Recommendations", 3, false, "rc-0aa65eaa249c",
                "proposed", null, "recommendations-test", 1);
    }

    /** The recommendation as extracted from another revision of its document. */
    public static RemoteRecommendation atRevision(RemoteRecommendation r, int revision) {
        return new RemoteRecommendation(r.id(), r.documentId(), r.documentTitle(), r.publisher(), r.publishedDate(),
                r.visibility(), r.ownerOrg(), r.start(), r.end(), r.text(), r.actor(), r.strength(), r.action(),
                r.topics(), r.forums(), r.entities(), r.section(), r.sentenceIndex(), r.negated(), r.clusterId(),
                r.status(), r.statusChangedAt(), r.extractorVersion(), revision);
    }

    /** An evidence link as stored by recommendations-service: the claim's id and its span at extraction time. */
    public static RemoteEvidence evidenceLink(UUID claim, int start, String text) {
        return new RemoteEvidence(claim, start, start + text.length(), text, 0.42,
                "shares south-korea; 2 sentences before",
                "claims-test");
    }

    public static String recommendationPage(List<RemoteRecommendation> items) {
        return write(new RemoteRecommendationPage(items, 0, 20, items.size()));
    }

    public static RemoteCluster cluster(String id) {
        return new RemoteCluster(id, "coordinate export controls", List.of("export", "controls"), 2, 2, 2, 0,
                OffsetDateTime.of(2026, 11, 24, 8, 0, 0, 0, ZoneOffset.UTC));
    }

    public static String clusterPage(List<RemoteCluster> clusters) {
        return write(new RemoteClusterPage(clusters, 0, 20, clusters.size()));
    }

    public static String clusterDetail(RemoteCluster cluster, List<RemoteRecommendation> members) {
        return write(new RemoteClusterDetail(cluster, new RemoteRecommendationPage(members, 0, 20, members.size())));
    }

    public static String history(String from, String to, String note) {
        return write(List.of(new RemoteHistoryEntry(from, to, note, "analyst-1", LocalDate.of(2025, 6, 4),
                                OffsetDateTime.of(2026, 11, 24, 9, 0, 0, 0, ZoneOffset.UTC))));
    }

    /** POST /recommendations/extract's answer for a one-sentence text holding one recommendation. */
    public static String recommendationExtraction(String text) {
        return write(new io.policylens.recommendations.contract.RemoteExtraction("recommendations-test", List.of(
                                new io.policylens.recommendations.contract.RemoteExtraction.Item(0, text.length(), text,
                                        "South Korea", "should", "act", List.of(), List.of(), List.of("south-korea"),
                                        null, 0, false))));
    }

    public static String recommendationsFeed(long cursor, long head) {
        return write(new RemoteFeedStatus("recommendations", cursor, head,
                        head - cursor, cursor, Instant.parse("2026-11-24T09:00:00Z"), null));
    }

    /** recommendations-service's GET /recommendations/documents/{id}/processing answer. */
    public static String recommendationsProcessed(UUID document, int revision) {
        return write(new RemoteProcessedRevision(document, revision,
                Instant.parse("2026-11-24T09:00:00Z")));
    }

    public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder problemResponse(
            int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", Problem.MEDIA_TYPE)
                .withBody(body);
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
