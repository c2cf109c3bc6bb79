package io.policylens.recommendations.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A cluster of similar recommendations, counted over the recommendations the caller may see; for
 * partners every field is derived from those only, so nothing of another partner's private
 * recommendation shows.
 */
@RegisterForReflection
@Schema(description = "Recommendations from one or more documents proposing the same course of action")
public record ClusterView(
        @Schema(description = "Stable id", example = "rc-0aa65eaa249c") String id,
        @Schema(example = "work through multilateral forums such as IPEF to coordinate supply chain policy")
                String label, @Schema(description = "Shared features (for partners: the topics and forums the members "
                        + "you see share)", example = "[\"multilateral\", \"ipef\", \"forum\"]")
                List<String> keywords,
        @Schema(example = "2") long members,
        @Schema(description = "Distinct documents backing the cluster", example = "2")
                long documents, @Schema(description = "Distinct publishers backing the cluster", example = "2")
                long publishers,
        @Schema(description = "Members advising against the action", example = "0") long opposing,
        @Schema(description = "Last change of the cluster; for partners when the newest member you see joined it")
                OffsetDateTime updatedAt) {}
