package io.policylens.gateway.aggregation;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How far the services have got with a document after a submission: documents-service holds
 * revision N; have claims- and recommendations-service extracted revision N yet?
 */
@RegisterForReflection
@Schema(description = "Extraction progress of a document per service", example =
                "{\"documentId\":\"0b6f3a52-3c1e-4c57-9a55-0d0b7d4f6a11\",\"revision\":2,\"complete\":false,"
                + "\"services\":[{\"service\":\"documents\",\"state\":\"current\",\"revision\":2,\"items\":null,"
                + "\"feed\":null,\"detail\":\"stored and analysed\"},{\"service\":\"claims\",\"state\":\"outdated\","
                + "\"revision\":1,\"items\":7,\"feed\":{\"cursor\":118,\"head\":120,\"lag\":2},\"detail\":\"claims "
                + "reflect revision 1; revision 2 is being extracted\"},{\"service\":\"recommendations\","
                + "\"state\":\"empty\",\"revision\":2,\"items\":0,\"feed\":null,\"detail\":\"recommendations-service "
                + "has processed revision 2 and found no recommendations\"}],\"degraded\":false,\"missing\":[],"
                + "\"reasons\":{}}")
public record ExtractionStatus(
        UUID documentId,
        @Schema(description = "The document's current revision at documents-service", example = "2")
                int revision, @Schema(description = "true when every service has processed the current revision (each "
                        + "is current or empty)", example = "false")
                boolean complete,
        List<ServiceProgress> services,
        @Schema(description = "true when a service could not answer", example = "false")
                boolean degraded,
        @Schema(example = "[]") List<String> missing,
        Map<String, String> reasons) {

    /** One service's progress with the document. */
    @RegisterForReflection
    @Schema(description = "One service's progress")
    public record ServiceProgress(
            @Schema(example = "claims") String service,
            @Schema(description = "current: its items reflect the document's revision; outdated: its items reflect an "
                    + "older revision; empty: it processed the document's revision and found nothing in it; pending: "
                    + "no item and the document's revision not processed yet; unavailable: the service could not "
                    + "answer",
                            enumeration = {
                                "current", "outdated", "empty", "pending", "unavailable"
                            }, example = "current")
                    String state, @Schema(description = "The document revision the service's items reflect; with no "
                            + "item (empty, pending) the revision it processed, null when none yet",
                            example = "2")
                    Integer revision, @Schema(description = "Items the service holds for the document", example = "7")
                    Long items, @Schema(description = "The service's change-feed progress; only for administrators")
                    Feed feed, @Schema(example = "claims reflect revision 2") String detail) {}

    /** A change-feed consumer's position. */
    @RegisterForReflection
    public record Feed(@Schema(example = "120") long cursor, @Schema(example = "120") long head,
            @Schema(example = "0") long lag) {}
}
