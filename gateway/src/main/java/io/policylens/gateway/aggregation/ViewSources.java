package io.policylens.gateway.aggregation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.policylens.gateway.client.ClaimsCalls;
import io.policylens.gateway.client.DocumentsCalls;
import io.policylens.gateway.client.RecommendationsCalls;
import io.policylens.gateway.observability.GatewayMetrics;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * What the views combining the three services (search, briefs, evidence) read from: the services' guarded calls, a
 * PartReader per answer, and the count of degraded answers per view. A singleton, not proxied, so the assemblers
 * read its fields directly.
 */
@Singleton
public class ViewSources {

    @Inject DocumentsCalls documents;
    @Inject ClaimsCalls claims;
    @Inject RecommendationsCalls recommendations;
    @Inject ObjectMapper json;
    @Inject GatewayMetrics metrics;

    /** The reader of one answer's parts. */
    PartReader parts() {
        return new PartReader(json);
    }

    /** Counts the answer of the view as degraded when a part is missing. */
    void countIfDegraded(String view, PartReader parts) {
        if (parts.degraded()) {
            metrics.degradedAnswer(view, parts.missing());
        }
    }
}
