package io.policylens.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 *
 * @param type URI reference naming the problem kind, e.g. {@code
 *     https://policylens.io/problems/validation}
 * @param title short summary of the problem kind
 * @param status HTTP status code
 * @param detail explanation of this occurrence
 * @param instance the request path
 * @param requestId the request id (also in the X-Request-Id response header), for support and log
 *     search
 * @param errors field-level violations, for validation problems
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details", example =
                "{\"type\":\"https://policylens.io/problems/validation\",\"title\":\"Bad Request\",\"status\":400,"
                + "\"detail\":\"size: must be less than or equal to 100\",\"instance\":\"/documents\","
                + "\"requestId\":\"3f2a9c\"}")
public record Problem(String type, String title, int status, String detail, String instance, String requestId,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://policylens.io/problems/";

    /** One invalid input field. */
    public record FieldError(String field, String message) {
    }
}
