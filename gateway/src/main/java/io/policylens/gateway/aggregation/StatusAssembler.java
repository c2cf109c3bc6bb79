package io.policylens.gateway.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.policylens.common.security.Roles;
import io.policylens.gateway.client.ClaimFilters;
import io.policylens.gateway.client.ClaimsCalls;
import io.policylens.gateway.client.DocumentsCalls;
import io.policylens.gateway.client.Downstream;
import io.policylens.gateway.client.RecommendationFilters;
import io.policylens.gateway.client.RecommendationsCalls;
import io.policylens.gateway.observability.GatewayMetrics;
import io.policylens.gateway.resilience.DownstreamException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Builds GET /api/v1/documents/{id}/status. documents-service decides visibility (its 404 is relayed) and
 * gives the current revision; claims-service is asked for the document's claims (one is enough: every
 * claim carries the revision it was extracted from) and, for administrators only, for its change-feed
 * lag. recommendations-service is asked the same way (every recommendation carries documentRevision).
 * A service holding no item of the document is asked which revision it processed, which tells "processed,
 * nothing found" (empty) from "not processed yet" (pending).
 * claims- or recommendations-service being down degrades the answer instead of failing it.
 */
@ApplicationScoped
public class StatusAssembler {

    static final String VIEW = "document-status";

    @Inject
    DocumentsCalls documents;

    @Inject
    ClaimsCalls claims;

    @Inject
    RecommendationsCalls recommendations;

    @Inject
    ObjectMapper json;

    @Inject
    GatewayMetrics metrics;

    @Inject
    SecurityIdentity identity;

    public ExtractionStatus status(UUID id) {
        PartReader parts = new PartReader(json);
        JsonNode document = parts.required(Downstream.DOCUMENTS, documents.get(id));
        int revision = document.path("revision").asInt();
        List<ExtractionStatus.ServiceProgress> services = new ArrayList<>();
        services.add(new ExtractionStatus.ServiceProgress(
                        "documents", "current", revision, null, null, "stored and analysed"));

        ExtractionStatus.ServiceProgress claimProgress = parts.optional("claims", Downstream.CLAIMS, () ->
                                        claims.list(new ClaimFilters(0, 1, id.toString(), null, null, null, null, null,
                                                        null)))
                        .map(page ->
                                        progress("claims", page, page.path("items")
                                                        .path(0)
                                                        .path("document")
                                                        .path("revision"), revision, identity.hasRole(Roles.ADMIN)
                                                        ? feed(claims::feed)
                                                        : null, () -> claims.processing(id)))
                        .orElseGet(() ->
                                        new ExtractionStatus.ServiceProgress("claims", "unavailable", null, null, null,
                                                parts.reasons().get("claims")));
        services.add(claimProgress);

        ExtractionStatus.ServiceProgress recommendationProgress = parts.optional("recommendations",
                                Downstream.RECOMMENDATIONS, () ->
                                        recommendations.list(new RecommendationFilters(0, 1, id.toString(), null, null,
                                                        null, null, null, null, null)))
                        .map(page ->
                                        progress("recommendations", page,
                                                page.path("items").path(0).path("documentRevision"), revision,
                                                identity.hasRole(Roles.ADMIN)
                                                        ? feed(recommendations::feed)
                                                        : null, () -> recommendations.processing(id)))
                        .orElseGet(() ->
                                        new ExtractionStatus.ServiceProgress("recommendations", "unavailable", null,
                                                null, null, parts.reasons().get("recommendations")));
        services.add(recommendationProgress);

        if (parts.degraded()) {
            metrics.degradedAnswer(VIEW, parts.missing());
        }
        boolean complete = services.stream()
                        .allMatch(s -> s.state().equals("current") || s.state().equals("empty"));
        return new ExtractionStatus(id, revision, complete, List.copyOf(services), parts.degraded(), parts.missing(),
                parts.reasons());
    }

    /**
     * Progress of one extraction service from the first item of its page for the document and that
     * item's revision. With no item, the service is asked which revision it processed: at or above
     * the document's, it found nothing (empty); below it, or none, extraction is still to come
     * (pending).
     */
    private ExtractionStatus.ServiceProgress progress(String service, JsonNode page, JsonNode itemRevision,
            int revision, ExtractionStatus.Feed feed, Supplier<Response> processing) {
        long total = page.path("total").asLong();
        if (total > 0 && itemRevision.isNumber()) {
            int extracted = itemRevision.asInt();
            return extracted >= revision
                    ? new ExtractionStatus.ServiceProgress(service, "current", extracted, total, feed,
                            service + " reflect revision " + extracted)
                    : new ExtractionStatus.ServiceProgress(service, "outdated", extracted, total, feed, service
                                    + " reflect revision " + extracted + "; revision " + revision
                                    + " is being extracted");
        }
        Integer processed = processedRevision(processing);
        if (processed != null && processed >= revision) {
            return new ExtractionStatus.ServiceProgress(service, "empty", processed, 0L, feed, service
                            + "-service has processed revision " + processed + " and found no " + service);
        }
        if (processed == null && feed != null && feed.lag() == 0) {
            // a marker an older version wrote: only the feed position tells
            return new ExtractionStatus.ServiceProgress(service, "empty", null, 0L, feed,
                    service + "-service has applied every change and found no " + service);
        }
        return new ExtractionStatus.ServiceProgress(service, "pending", processed, 0L, feed, processed == null
                        ? "no " + service + " yet: revision " + revision + " is still to be processed" : service
                                + "-service has processed revision " + processed + "; revision " + revision
                                + " is still to be processed");
    }

    /** The revision the service processed; null when it has none visible to the caller or cannot say. */
    private Integer processedRevision(Supplier<Response> call) {
        try (Response response = call.get()) {
            if (response.getStatus() != 200) {
                return null;
            }
            JsonNode processed = json.readTree(response.readEntity(String.class)).path("revision");
            return processed.isInt() ? processed.asInt() : null;
        } catch (DownstreamException | com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }

    /** A service's feed position; optional within the optional part: without it the answer is just less precise. */
    private ExtractionStatus.Feed feed(Supplier<Response> call) {
        try (Response response = call.get()) {
            if (response.getStatus() != 200) {
                return null;
            }
            JsonNode status = json.readTree(response.readEntity(String.class));
            return new ExtractionStatus.Feed(status.path("cursor").asLong(), status.path("head").asLong(),
                    status.path("lag").asLong());
        } catch (DownstreamException | com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }
}
