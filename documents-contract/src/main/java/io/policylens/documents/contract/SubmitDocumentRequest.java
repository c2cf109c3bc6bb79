package io.policylens.documents.contract;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * A document submitted as JSON (documents-service's POST /documents, the gateway's POST /api/v1/documents, which
 * validates it at the edge and forwards it as is). Unknown fields are rejected. Format and visibility stay strings
 * checked by constraints, so a bad value is the validation problem naming the field.
 */
@RegisterForReflection
@Schema(description = "A document to ingest: its content and metadata")
public record SubmitDocumentRequest(
        @NotBlank
                @Schema(description = "The document itself, in the given format", example =
                                "South Korea accounts for 20 percent of the global semiconductor market. Washington "
                                + "and Seoul should deepen cooperation.")
                String content, @NotNull
                @InputFormat.Accepted
                @Schema(description = "Format of content" + InputFormat.ACCEPTED, example = "text",
                        enumeration = {"text", "html", "markdown"})
                String format, @Size(max = 500)
                @Schema(description = "Title; taken from the first heading when absent",
                        example = "Why Tech Cooperation Matters")
                String title,
        @Size(max = 50) @Schema(description = "Authors", example = "[\"Jane Doe\"]")
                List<@NotBlank @Size(max = 200) String> authors, @Size(max = 300)
                @Schema(description = "Publisher", example = "Korea Economic Institute of America")
                String publisher,
        @Schema(description = "Publication date (ISO 8601)", example = "2025-06-04")
                LocalDate publishedDate, @Size(max = 2000)
                @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
                @Schema(description = "Where the document was published",
                        example = "https://example.org/briefs/tech-cooperation")
                String sourceUrl, @Pattern(regexp = "[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})?",
                        message = "must be a language tag such as en or en-US")
                @Schema(description = "Language tag", example = "en")
                String language,
        @Pattern(regexp = VISIBILITY_PATTERN, message = "must be 'public' or 'partner'")
                @Schema(description = "public: every partner sees it; partner: only your organisation (default)",
                        example = "partner", enumeration = {"public", "partner"})
                String visibility) {

    /** The values commons' Visibility.parse accepts. */
    public static final String VISIBILITY_PATTERN = "(?i)public|partner";
}
