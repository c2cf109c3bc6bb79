package io.policylens.gateway.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Submissions in progress per partner organisation. A submission holds a slot of documents-service's write path
 * for as long as the service ingests it, so without a share per organisation one partner sending large or slow
 * documents could hold every slot and every other partner's submissions would wait or be refused. Beyond its share
 * a submission is refused at once ({@link SubmissionsBusyException}, 429 with Retry-After).
 */
@ApplicationScoped
public class SubmissionSlots {

    private final int perOrganisation;
    private final Map<String, Integer> inProgress = new ConcurrentHashMap<>();

    @Inject
    public SubmissionSlots(RateLimitSettings settings) {
        this(settings.organisationConcurrentSubmissions());
    }

    SubmissionSlots(int perOrganisation) {
        this.perOrganisation = perOrganisation;
    }

    /** Runs the submission in one of the organisation's slots. */
    public <T> T run(String organisation, Supplier<T> submission) {
        boolean[] granted = {false};
        inProgress.compute(organisation, (key, count) -> {
            int current = count == null ? 0 : count;
            if (current >= perOrganisation) {
                return count;
            }
            granted[0] = true;
            return current + 1;
        });
        if (!granted[0]) {
            throw new SubmissionsBusyException(perOrganisation);
        }
        try {
            return submission.get();
        } finally {
            // entries of organisations with nothing in progress are removed: the map stays as small as the load
            inProgress.compute(organisation, (key, count) -> count == null || count <= 1 ? null : count - 1);
        }
    }

    /** Refused: the organisation already has its share of submissions in progress. */
    public static class SubmissionsBusyException extends RuntimeException {

        public SubmissionsBusyException(int limit) {
            super("your organisation already has " + limit + " submissions in progress; retry when one has finished",
                    null, false, false);
        }
    }
}
