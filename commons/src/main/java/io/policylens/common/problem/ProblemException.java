package io.policylens.common.problem;

/**
 * Thrown by application code for an expected failure; rendered as problem+json with the given status.
 * The slug becomes the problem type URI ({@code https://policylens.io/problems/<slug>}).
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;

    public ProblemException(int status, String slug, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "bad-request", detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", detail);
    }

    public static ProblemException unprocessable(String slug, String detail) {
        return new ProblemException(422, slug, detail);
    }
}
