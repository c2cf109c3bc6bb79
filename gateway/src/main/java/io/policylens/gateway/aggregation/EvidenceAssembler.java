package io.policylens.gateway.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.policylens.gateway.client.Downstream;
import io.policylens.gateway.client.DownstreamRejection;
import io.policylens.gateway.resilience.DownstreamException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Builds GET /api/v1/recommendations/{id}/evidence. The recommendation (recommendations-service) and the
 * document text (documents-service) are required: a 404 of either is relayed, their failure is a 502/503/504.
 * The claims are best effort: a claim claims-service does not serve (gone, hidden) or claims-service being down
 * leaves the link's stored span in place, marked origin evidence-link, and the answer degraded. Once claims-service
 * fails, the remaining claims are not asked for: one failure per answer is enough to know it is down.
 */
@ApplicationScoped
public class EvidenceAssembler {

    static final String VIEW = "recommendation-evidence";

    private final ViewSources sources;

    public EvidenceAssembler(ViewSources sources) {
        this.sources = sources;
    }

    public RecommendationEvidence trace(UUID id) {
        PartReader parts = sources.parts();
        JsonNode recommendation = parts.required(Downstream.RECOMMENDATIONS, sources.recommendations.get(id));
        UUID document = UUID.fromString(recommendation.path("documentId").asText());
        String text = documentText(document);
        JsonNode links = recommendation.path("evidence");
        List<EvidenceItem> evidence = new ArrayList<>();
        boolean claimsDown = false;
        for (JsonNode link : links) {
            UUID claimId = UUID.fromString(link.path("claimId").asText());
            Optional<JsonNode> claim = Optional.empty();
            if (!claimsDown) {
                try (Response response = sources.claims.get(claimId)) {
                    if (response.getStatus() == 200) {
                        claim = Optional.of(sources.json.readTree(response.readEntity(String.class)));
                    } else {
                        parts.absent("claim:" + claimId, "claims-service answered " + response.getStatus());
                    }
                } catch (DownstreamException e) {
                    claimsDown = true;
                    parts.absent("claims", e.getMessage());
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    parts.absent("claim:" + claimId, "claims-service sent an unreadable answer");
                }
            }
            evidence.add(claim.map(c ->
                                            new EvidenceItem(claimId, link.path("reason").asText(null),
                                                    link.path("score").asDouble(), EvidenceItem.FROM_CLAIMS, c,
                                                    SourceSpan.of(text, c.path("start").asInt(), c.path("end").asInt(),
                                                            c.path("text").asText(null))))
                            .orElseGet(() ->
                                            new EvidenceItem(claimId, link.path("reason").asText(null),
                                                    link.path("score").asDouble(), EvidenceItem.FROM_LINK, null,
                                                    SourceSpan.of(text, link.path("start").asInt(),
                                                            link.path("end").asInt(),
                                                            link.path("text").asText(null)))));
        }
        sources.countIfDegraded(VIEW, parts);
        ObjectNode withoutLinks = ((ObjectNode) recommendation.deepCopy());
        withoutLinks.remove("evidence");
        SourceSpan source = SourceSpan.of(text, recommendation.path("start").asInt(),
                        recommendation.path("end").asInt(), recommendation.path("text").asText(null));
        return new RecommendationEvidence(
                withoutLinks, source, evidence, parts.degraded(), parts.missing(), parts.reasons());
    }

    private String documentText(UUID document) {
        Response response = sources.documents.text(document);
        if (response.getStatus() != 200) {
            throw new DownstreamRejection(response);
        }
        try (response) {
            return response.readEntity(String.class);
        }
    }
}
