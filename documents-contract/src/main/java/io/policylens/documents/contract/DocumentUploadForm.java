package io.policylens.documents.contract;

import io.policylens.common.problem.ProblemException;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A document uploaded as multipart/form-data: the file and its metadata as text parts, declared once for
 * documents-service's POST /documents and the gateway's POST /api/v1/documents (both take it as a
 * {@code @BeanParam}; the gateway passes its parts on unchanged). The part names are the {@code @RestForm} fields,
 * so the parts an upload may carry ({@link #check}) and the parts the gateway forwards ({@link #textParts}) follow
 * the fields. The values stay strings: documents-service turns them into a {@link SubmitDocumentRequest} and
 * validates that, so a bad value is the same validation problem as in a JSON submission.
 */
@RegisterForReflection(fields = true)
public class DocumentUploadForm {

    @RestForm
    @Schema(description = "The document: a .txt, .html or .md file in UTF-8")
    public FileUpload file;

    @RestForm
    @Schema(description = InputFormat.UPLOAD_PART, example = "text", enumeration = {"text", "html", "markdown"})
    public String format;

    @RestForm
    @Schema(description = "Title; taken from the first heading when absent", example = "Why Tech Cooperation Matters")
    public String title;

    @RestForm
    @Schema(description = "Authors, separated by semicolons", example = "Jane Doe; John Roe")
    public String authors;

    @RestForm
    @Schema(description = "Publisher", example = "Korea Economic Institute of America")
    public String publisher;

    @RestForm
    @Schema(description = "Publication date (ISO 8601)", example = "2025-06-04")
    public String publishedDate;

    @RestForm
    @Schema(description = "Where the document was published", example = "https://example.org/briefs/tech-cooperation")
    public String sourceUrl;

    @RestForm
    @Schema(description = "Language tag", example = "en")
    public String language;

    @RestForm
    @Schema(description = "public: every partner sees it; partner: only your organisation (default)",
            example = "partner", enumeration = {"public", "partner"})
    public String visibility;

    private static final List<Field> PART_FIELDS = Stream.of(DocumentUploadForm.class.getFields())
            .filter(field -> field.isAnnotationPresent(RestForm.class))
            .toList();

    /** The names of the parts an upload may carry: the {@code @RestForm} fields'. */
    public static final Set<String> PARTS = PART_FIELDS.stream().map(DocumentUploadForm::partName)
            .collect(Collectors.toUnmodifiableSet());

    /**
     * Refuses the parts the form does not take, the way unknown JSON fields are refused: an unknown part (a misspelt
     * field, or an attempt to set what the API decides itself, such as the owner organisation) is a 400 instead of
     * being dropped silently, and so is a part given twice (which of the two would count is a guess).
     *
     * @param parts every part of the request by name, as {@code MultipartFormDataInput.getValues()} gives them
     */
    public static void check(Map<String, ? extends Collection<?>> parts) {
        for (Map.Entry<String, ? extends Collection<?>> part : parts.entrySet()) {
            if (!PARTS.contains(part.getKey())) {
                throw new ProblemException(400, "unknown-field", "unknown field '" + part.getKey() + "'");
            }
            if (part.getValue().size() > 1) {
                throw ProblemException.badRequest("field '" + part.getKey() + "' is given more than once");
            }
        }
    }

    /** The uploaded file; its absence is a 400. */
    public FileUpload requiredFile() {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.badRequest("a 'file' part is required");
        }
        return file;
    }

    /** The text parts that were given, by part name. */
    public Map<String, String> textParts() {
        Map<String, String> given = new LinkedHashMap<>();
        for (Field field : PART_FIELDS) {
            if (field.getType() == String.class) {
                String value = (String) read(field);
                if (value != null) {
                    given.put(partName(field), value);
                }
            }
        }
        return given;
    }

    private Object read(Field field) {
        try {
            return field.get(this);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String partName(Field field) {
        String name = field.getAnnotation(RestForm.class).value();
        return name.isEmpty() ? field.getName() : name;
    }
}
