package io.policylens.gateway.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * Claims or recommendations of one document, as their service serves them. Items are passed through
 * untyped so the gateway does not drift from the services' schemas while those are still settling.
 */
@RegisterForReflection
@Schema(description = "Items extracted from the document by one service")
public record ExtractedItems(
        @Schema(description = "The items, as the service serves them") List<JsonNode> items,
        @Schema(description = "How many the service holds for the document", example = "12")
                long total, @Schema(description = "false when the document has more items than one page (100) holds",
                        example = "true")
                boolean complete) {}
