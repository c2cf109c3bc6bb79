package io.policylens.gateway.aggregation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.policylens.gateway.cache.ViewCache;
import io.policylens.gateway.client.DocumentsCalls;
import io.policylens.gateway.client.DownstreamRejection;
import io.policylens.gateway.client.ExtractedItemsCalls;
import io.policylens.gateway.observability.GatewayMetrics;
import io.policylens.gateway.resilience.DownstreamException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Builds GET /api/v1/documents/{id}/analysis. documents-service decides whether the caller may see the
 * document at all (its 404 is relayed) and its failure fails the whole answer (503): without the
 * document there is nothing to show. Claims and recommendations are optional parts.
 */
@ApplicationScoped
public class AnalysisAssembler {

    public static final String VIEW = "document-analysis";
    /** documents-service's largest sentence page; longer documents get a partial structure summary. */
    static final int SENTENCE_PAGE = 1000;

    private static final Logger LOG = Logger.getLogger(AnalysisAssembler.class);

    private final DocumentsCalls documents;
    private final ExtractedItemsCalls extracted;
    private final ObjectMapper json;
    private final GatewayMetrics metrics;

    public AnalysisAssembler(DocumentsCalls documents, ExtractedItemsCalls extracted, ObjectMapper json,
            GatewayMetrics metrics) {
        this.documents = documents;
        this.extracted = extracted;
        this.json = json;
        this.metrics = metrics;
    }

    /** The analysis rendered as the JSON the API answers with; only a complete (not degraded) one may be cached. */
    public ViewCache.Rendered render(UUID id) {
        DocumentAnalysis analysis = analyse(id);
        try {
            return new ViewCache.Rendered(json.writeValueAsBytes(analysis), !analysis.degraded());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the analysis of " + id + " cannot be rendered", e);
        }
    }

    public DocumentAnalysis analyse(UUID id) {
        JsonNode document = required(documents.get(id));
        // the outline comes with the document; only an older documents-service needs the sentence page
        StructureSummary structure = StructureSummary.hasOutline(document) ? StructureSummary.of(document)
                : StructureSummary.of(document, required(documents.sentences(id, 0, SENTENCE_PAGE)));
        List<String> missing = new ArrayList<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        // Sequential on purpose: the token propagation filter reads the caller's token from the request
        // context of this thread; both calls are bounded by their guard's timeout and breaker.
        ExtractedItems claims = optional("claims", () -> extracted.claimsOf(id), missing, reasons);
        ExtractedItems recommendations = optional(
                        "recommendations", () -> extracted.recommendationsOf(id), missing, reasons);
        if (!missing.isEmpty()) {
            metrics.degradedAnswer(VIEW, missing);
        }
        return new DocumentAnalysis(document, structure, claims, recommendations,
                !missing.isEmpty(), List.copyOf(missing), reasons);
    }

    private JsonNode required(Response response) {
        if (response.getStatus() != 200) {
            throw new DownstreamRejection(response);
        }
        try (response) {
            return json.readTree(response.readEntity(String.class));
        } catch (JsonProcessingException e) {
            throw new DownstreamException(io.policylens.gateway.client.Downstream.DOCUMENTS,
                    DownstreamException.Kind.BAD_GATEWAY, "documents-service sent an unreadable answer", e);
        }
    }

    private ExtractedItems optional(String part, Supplier<Response> call, List<String> missing,
            Map<String, String> reasons) {
        try (Response response = call.get()) {
            if (response.getStatus() != 200) {
                // 404: not deployed behind the route yet; 401/403: the service disagrees about the caller
                return absent(part, part + "-service answered " + response.getStatus(), missing, reasons);
            }
            JsonNode page = json.readTree(response.readEntity(String.class));
            JsonNode items = page.path("items");
            if (!items.isArray()) {
                return absent(part, part + "-service sent an unexpected answer", missing, reasons);
            }
            List<JsonNode> list = new ArrayList<>(items.size());
            items.forEach(list::add);
            long total = page.path("total").asLong(list.size());
            return new ExtractedItems(list, total, list.size() >= total);
        } catch (DownstreamException e) {
            return absent(part, e.getMessage(), missing, reasons);
        } catch (JsonProcessingException e) {
            return absent(part, part + "-service sent an unreadable answer", missing, reasons);
        }
    }

    private static ExtractedItems absent(
            String part, String reason, List<String> missing, Map<String, String> reasons) {
        LOG.debugf("analysis without %s: %s", part, reason);
        missing.add(part);
        reasons.put(part, reason);
        return null;
    }
}
