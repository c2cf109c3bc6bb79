package io.policylens.documents.analysis;

/** A text over one of the {@link AnalysisLimits}; services answer it with 413 problem+json. */
public final class ContentLimitException extends RuntimeException {

    /** Which limit was exceeded; its slug names the problem type. */
    public enum Limit {
        CHARACTERS("text-too-long"), MARKUP("too-much-markup"), SENTENCES("too-many-sentences");

        private final String slug;

        Limit(String slug) {
            this.slug = slug;
        }

        public String slug() {
            return slug;
        }
    }

    private final Limit limit;
    private final long max;

    ContentLimitException(Limit limit, long max, String detail) {
        super(detail);
        this.limit = limit;
        this.max = max;
    }

    public Limit limit() {
        return limit;
    }

    public long max() {
        return max;
    }
}
