package io.policylens.documents.rest;

import io.policylens.common.paging.Page;
import io.policylens.common.problem.ProblemException;
import io.policylens.common.security.Callers;
import io.policylens.common.security.Roles;
import io.policylens.common.security.Visibility;
import io.policylens.documents.contract.DocumentUploadForm;
import io.policylens.documents.contract.InputFormat;
import io.policylens.documents.contract.SubmitDocumentRequest;
import io.policylens.documents.repository.DocumentEntity;
import io.policylens.documents.repository.StoredAnalysis;
import io.policylens.documents.service.ContentDecoder;
import io.policylens.documents.service.DocumentService;
import io.policylens.documents.service.IngestResult;
import io.policylens.documents.service.MetadataChange;
import io.policylens.documents.service.NewDocument;
import io.policylens.documents.text.ContentFormat;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Documents: submit, list, read, search, change metadata, delete. Thin: the work happens in DocumentService. */
@Path("/documents")
@Tag(name = "Documents", description = "Ingest, read and search policy documents")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    private static final String DOCUMENT_LIMITS =
            "Body over the size limit (payload-too-large, 5 MiB by default), or content over the document limits: more "
            + "than 5,242,880 characters (text-too-long), 250,000 tags, Markdown markers and lines or text lines "
            + "(too-much-markup), or 20,000 sentences after normalisation (too-many-sentences)";

    @Inject
    DocumentService documents;

    @Inject
    Callers callers;

    @Inject
    Validator validator;

    @Inject
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONTRIBUTOR)
    @Operation(
            summary = "Submit a document as JSON",
            description =
                    "Stores the document, its normalised text, sentences and annotations. The same content from the "
                    + "same organisation again returns the existing document with 200 instead of 201.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(
            responseCode = "200",
            description = "Already stored: the existing document",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields, unknown fields or malformed JSON")
    @APIResponse(responseCode = "413", description = DOCUMENT_LIMITS)
    @APIResponse(responseCode = "415", description = "Unsupported media type")
    @APIResponse(
            responseCode = "422",
            description = "Binary content or nothing left after cleaning")
    public Response create(@Valid @NotNull SubmitDocumentRequest request) {
        return respond(documents.ingest(toNewDocument(request), callers.current()));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.CONTRIBUTOR)
    @Operation(
            summary = "Upload a document file",
            description =
                    "Multipart upload of a .txt, .html or .md file (UTF-8) with optional metadata fields. authors is a "
                    + "semicolon-separated list.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(
            responseCode = "200",
            description = "Already stored: the existing document",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "400", description = "Missing file, unknown or repeated fields, invalid fields")
    @APIResponse(responseCode = "413", description = DOCUMENT_LIMITS)
    @APIResponse(responseCode = "422", description = "Invalid UTF-8 or binary file")
    public Response upload(@BeanParam DocumentUploadForm form,
            @Parameter(hidden = true) MultipartFormDataInput parts) {
        // like the JSON submission and the gateway, an upload is refused when it carries a part the API does not know
        DocumentUploadForm.check(parts.getValues());
        FileUpload file = form.requiredFile();
        String content = ContentDecoder.decode(read(file));
        // a blank format part means none: the file's media type or name decides
        String inputFormat = form.format != null && !form.format.isBlank() ? form.format : fromUpload(file);
        SubmitDocumentRequest request =
                new SubmitDocumentRequest(
                        content,
                        inputFormat,
                        form.title,
                        form.authors == null || form.authors.isBlank()
                                ? null
                                : Arrays.stream(form.authors.split(";"))
                                        .map(String::strip)
                                        .filter(a -> !a.isEmpty())
                                        .toList(),
                        form.publisher,
                        IsoDates.parse("publishedDate", form.publishedDate),
                        form.sourceUrl,
                        form.language,
                        form.visibility == null || form.visibility.isBlank()
                                ? null
                                : parse(form.visibility, Visibility::parse).label());
        Set<ConstraintViolation<SubmitDocumentRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return respond(documents.ingest(toNewDocument(request), callers.current()));
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(
            summary = "List documents",
            description = "Newest first; only documents your organisation may see.")
    @APIResponse(responseCode = "200", description = "A page of documents")
    @APIResponse(responseCode = "400", description = "Bad paging or filter values")
    public Page<DocumentSummary> list(@Valid @BeanParam DocumentListParameters parameters) {
        var page = documents.list(callers.current(), parameters.filter(), parameters.page, parameters.size);
        return new Page<>(
                page.items().stream().map(DocumentViews::summary).toList(),
                page.page(),
                page.size(),
                page.total());
    }

    @GET
    @Path("/search")
    @RolesAllowed(Roles.READER)
    @Operation(
            summary = "Full-text search",
            description =
                    "PostgreSQL full-text search in English: words, \"quoted phrases\", OR and -exclusions. Results "
                    + "are ranked and come with highlighted snippets; the list filters apply.")
    @APIResponse(responseCode = "200", description = "A page of ranked hits")
    @APIResponse(responseCode = "400", description = "Missing query or bad filters")
    public Page<DocumentSummary> search(
            @QueryParam("q")
                    @NotBlank
                    @Size(max = 500)
                    @Parameter(
                            description = "Search text",
                            example = "semiconductor supply chain")
                    String q,
            @Valid @BeanParam DocumentListParameters parameters) {
        var page = documents.search(callers.current(), parameters.filter(), q, parameters.page, parameters.size);
        return new Page<>(
                page.items().stream().map(DocumentViews::summary).toList(),
                page.page(),
                page.size(),
                page.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Get a document's metadata and annotations")
    @APIResponse(
            responseCode = "200",
            description = "The document",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "404", description = "No such document visible to you")
    public DocumentView get(@PathParam("id") UUID id) {
        return DocumentViews.view(documents.metadata(id, callers.current()));
    }

    @GET
    @Path("/{id}/text")
    @Produces(MediaType.TEXT_PLAIN)
    @RolesAllowed(Roles.READER)
    @Operation(
            summary = "Get the normalised text",
            description = "All sentence offsets point into this text.")
    @APIResponse(responseCode = "200", description = "The normalised text")
    @APIResponse(responseCode = "404", description = "No such document visible to you")
    public String text(@PathParam("id") UUID id) {
        return documents.get(id, callers.current()).text;
    }

    @GET
    @Path("/{id}/raw")
    @Produces(MediaType.TEXT_PLAIN)
    @RolesAllowed(Roles.READER)
    @Operation(
            summary = "Get the content exactly as submitted",
            description = "Served as text/plain, whatever its " + "format.")
    @APIResponse(responseCode = "200", description = "The raw content")
    @APIResponse(responseCode = "404", description = "No such document visible to you")
    public Response raw(@PathParam("id") UUID id) {
        return Response.ok(documents.get(id, callers.current()).rawContent)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @GET
    @Path("/{id}/sentences")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Get sentences with offsets, structure and annotations")
    @APIResponse(responseCode = "200", description = "A page of sentences in document order")
    @APIResponse(responseCode = "404", description = "No such document visible to you")
    public Page<SentenceView> sentences(
            @PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size")
                    @DefaultValue("500")
                    @Min(1)
                    @Max(1000)
                    @Parameter(description = "Page size, at most 1000")
                    int size) {
        DocumentEntity document = documents.get(id, callers.current());
        List<StoredAnalysis.StoredSentence> all = document.analysis.sentences();
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        List<SentenceView> items =
                all.subList(from, to).stream()
                        .map(s -> DocumentViews.sentence(document.text, s))
                        .toList();
        return new Page<>(items, page, size, all.size());
    }

    @GET
    @Path("/{id}/snapshot")
    @RolesAllowed({Roles.READER, Roles.SERVICE})
    @Operation(
            summary = "Get a document's metadata and all its sentences in one response",
            description =
                    "The document as GET /documents/{id} gives it and every sentence as the sentences pages give them, "
                    + "from one read at one revision. The extraction services read this once per change.")
    @APIResponse(
            responseCode = "200",
            description = "The document and its sentences",
            content = @Content(schema = @Schema(implementation = DocumentSnapshotView.class)))
    @APIResponse(responseCode = "404", description = "No such document visible to you")
    public DocumentSnapshotView snapshot(@PathParam("id") UUID id) {
        DocumentEntity document = documents.get(id, callers.current());
        List<SentenceView> sentences =
                document.analysis.sentences().stream()
                        .map(s -> DocumentViews.sentence(document.text, s))
                        .toList();
        return new DocumentSnapshotView(DocumentViews.view(document), sentences);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONTRIBUTOR)
    @Operation(
            summary = "Change a document's metadata",
            description =
                    "Owner organisation or admin. Bumps the revision and emits an 'updated' change.")
    @APIResponse(
            responseCode = "200",
            description = "The updated document",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such document visible to you")
    public DocumentView update(
            @PathParam("id") UUID id, @Valid @NotNull UpdateDocumentRequest request) {
        MetadataChange change = new MetadataChange(request.title(), request.authors(), request.publisher(),
                request.publishedDate(), request.sourceUrl(), request.language(), request.visibility());
        return DocumentViews.view(documents.update(id, change, callers.current()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Delete a document",
            description =
                    "Soft delete: hidden everywhere, 'deleted' change emitted so extracted items are removed.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such document")
    public void delete(@PathParam("id") UUID id) {
        documents.delete(id, callers.current());
    }

    private Response respond(IngestResult result) {
        DocumentView view = DocumentViews.view(result.document());
        if (result.created()) {
            return Response.created(
                            uriInfo.getBaseUriBuilder()
                                    .path("documents")
                                    .path(view.id().toString())
                                    .build())
                    .entity(view)
                    .build();
        }
        return Response.ok(view).build();
    }

    private static NewDocument toNewDocument(SubmitDocumentRequest r) {
        return new NewDocument(r.content(), InputFormat.parse(r.format()), r.title(), r.authors(), r.publisher(),
                r.publishedDate(), r.sourceUrl(), r.language(), Visibility.parse(r.visibility()));
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fromUpload(FileUpload file) {
        ContentFormat byType = ContentFormat.fromMediaType(file.contentType());
        ContentFormat format =
                byType != null && byType != ContentFormat.TEXT
                        ? byType
                        : ContentFormat.fromFileName(file.fileName());
        return InputFormat.label(format);
    }

    private static <T> T parse(String value, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
    }
}
