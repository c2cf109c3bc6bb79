package io.policylens.recommendations.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A cluster of similar recommendations (GET /recommendations/clusters), counted over the recommendations the
 * caller may see: members, distinct documents and publishers backing it, members advising against.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoteCluster(String id, String label, List<String> keywords, long members, long documents,
                            long publishers, long opposing, OffsetDateTime updatedAt) {
}
