package io.policylens.system.stack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Waits until every service reflects the current revision of the given documents, as the gateway's
 * {@code GET /api/v1/documents/{id}/status} reports it ({@code "complete": true}).
 */
public final class ExtractionProgress {

    private final GatewayClient gateway;
    private final String who;

    public ExtractionProgress(GatewayClient gateway, String who) {
        this.gateway = gateway;
        this.who = who;
    }

    /** Whether the gateway says the document is fully extracted. */
    public boolean complete(UUID id) {
        ApiResponse status = gateway.get(who, "/api/v1/documents/" + id + "/status");
        return status.status() == 200 && status.json().path("complete").asBoolean(false);
    }

    /**
     * Polls until all documents are complete or the timeout passes; reports "done/total" lines to {@code progress}
     * whenever the count changes (and at least every 15 s). Returns the documents still incomplete.
     */
    public List<UUID> await(Collection<UUID> ids, Duration timeout, Consumer<String> progress) {
        long start = System.nanoTime();
        List<UUID> pending = new ArrayList<>(ids);
        int lastDone = -1;
        long lastReport = 0;
        while (true) {
            pending.removeIf(this::complete);
            int done = ids.size() - pending.size();
            long elapsed = System.nanoTime() - start;
            if (done != lastDone || elapsed - lastReport > Duration.ofSeconds(15).toNanos()) {
                progress.accept(String.format("extraction %d/%d documents complete (%.1fs)", done,
                        ids.size(), elapsed / 1e9));
                lastDone = done;
                lastReport = elapsed;
            }
            if (pending.isEmpty() || elapsed > timeout.toNanos()) {
                return pending;
            }
            GatewayClient.sleep(Duration.ofMillis(500));
        }
    }
}
