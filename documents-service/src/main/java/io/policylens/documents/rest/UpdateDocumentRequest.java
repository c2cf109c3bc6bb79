package io.policylens.documents.rest;

import io.policylens.common.security.Visibility;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * Metadata to change; absent fields stay as they are. The content itself is immutable: submit a new
 * document.
 */
@Schema(description = "Metadata changes; absent fields are left unchanged",
        example = "{\"title\":\"Corrected title\",\"visibility\":\"public\"}")
public record UpdateDocumentRequest(
        @Size(min = 1, max = 500) String title,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> authors,
        @Size(max = 300) String publisher,
        LocalDate publishedDate,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
                String sourceUrl, @Pattern(regexp = "[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})?",
                        message = "must be a language tag such as en or en-US")
                String language, Visibility visibility) {}
