package io.policylens.documents.client.stream;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What a replay of dead letters did: each one applied again, or why it still fails. */
@RegisterForReflection
@Schema(description = "The outcome of replaying dead letters",
        example = "{\"applied\":1,\"failed\":1,\"results\":[{\"id\":\"4-17\",\"applied\":true,\"error\":null},"
                + "{\"id\":\"4-18\",\"applied\":false,\"error\":\"HTTP 500 Internal Server Error\"}]}")
public record ReplayReport(
        @Schema(description = "Dead letters applied now (or already applied, which is the same)",
                example = "1") int applied,
        @Schema(description = "Dead letters that failed again and stay pending", example = "1") int failed,
        List<Result> results) {

    static ReplayReport of(List<Result> results) {
        int applied = (int) results.stream().filter(Result::applied).count();
        return new ReplayReport(applied, results.size() - applied, List.copyOf(results));
    }

    @RegisterForReflection
    @Schema(description = "One replayed dead letter")
    public record Result(@Schema(example = "4-17") String id, @Schema(example = "true") boolean applied,
                         @Schema(description = "Why it failed again",
                                 example = "HTTP 500 Internal Server Error") String error) {
    }
}
