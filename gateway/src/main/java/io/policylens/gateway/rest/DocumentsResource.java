package io.policylens.gateway.rest;

import io.policylens.common.problem.Problem;
import io.policylens.common.security.Roles;
import io.policylens.common.security.Callers;
import io.policylens.documents.contract.DocumentUploadForm;
import io.policylens.documents.contract.SubmitDocumentRequest;
import io.policylens.gateway.client.DocumentsCalls;
import io.policylens.gateway.ratelimit.SubmissionSlots;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Public document endpoints. Thin: the gateway checks the role and the input shape, then relays
 * documents-service's answer; documents-service checks the propagated token again and applies
 * partner scoping, so a partner never learns about another partner's private document through the
 * gateway.
 */
@Path("/api/v1/documents")
@Tag(name = "Documents", description = "Submit, read, search and delete policy documents")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {

    private static final String CREATED = "Created; Location is the document's URI";
    private static final String ALREADY_STORED = "Already stored: the existing document";
    private static final String SUBMISSIONS_LIMITED =
            "Rate limited, or your organisation already has its share of submissions in progress";

    @Inject
    DocumentsCalls documents;

    @Inject
    UriInfo uriInfo;

    @Inject
    Callers callers;

    @Inject
    SubmissionSlots slots;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONTRIBUTOR)
    @Operation(summary = "Submit a document as JSON", description =
                    "Stores the document, its normalised text, sentences and annotations; claims and recommendations "
                    + "are extracted shortly after. The same content from the same organisation again returns the "
                    + "existing document with 200 instead of 201. Contributor role.")
    @APIResponse(responseCode = "201", description = CREATED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "200", description = ALREADY_STORED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "400", description = "Invalid fields, unknown fields or malformed JSON", content =
                    @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "unknown field", value =
                                                    "{\"type\":\"https://policylens.io/problems/unknown-field\","
                                                    + "\"title\":\"Bad Request\",\"status\":400,\"detail\":\"unknown "
                                                    + "field 'body'\",\"instance\":\"/api/v1/documents\","
                                                    + "\"requestId\":\"3f2a9c\"}")))
    @APIResponse(responseCode = "413", description = "Body over the size limit (payload-too-large), or content over "
            + "documents-service's limits, relayed: more than 5,242,880 characters (text-too-long), 250,000 tags, "
            + "Markdown markers and lines or text lines (too-much-markup), or 20,000 sentences after normalisation "
            + "(too-many-sentences)")
    @APIResponse(responseCode = "422", description = "Binary content or nothing left after cleaning")
    @APIResponse(responseCode = "429", description = SUBMISSIONS_LIMITED)
    public Response submit(@Valid @NotNull SubmitDocumentRequest request) {
        return submitted(() -> documents.create(request));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.CONTRIBUTOR)
    @Operation(summary = "Upload a document file", description =
                    "Multipart upload of a .txt, .html or .md file (UTF-8) with optional metadata fields; authors is a "
                    + "semicolon-separated list. The parts are passed on to documents-service unchanged. Contributor "
                    + "role.")
    @APIResponse(responseCode = "201", description = CREATED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "200", description = ALREADY_STORED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "400", description = "Missing file, unknown or repeated fields, invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "unknown field", value =
                                                    "{\"type\":\"https://policylens.io/problems/unknown-field\","
                                                    + "\"title\":\"Bad Request\",\"status\":400,\"detail\":\"unknown "
                                                    + "field 'ownerOrg'\",\"instance\":\"/api/v1/documents\","
                                                    + "\"requestId\":\"3f2a9c\"}")))
    @APIResponse(responseCode = "422", description = "Invalid UTF-8 or binary file")
    @APIResponse(responseCode = "429", description = SUBMISSIONS_LIMITED)
    public Response upload(@BeanParam DocumentUploadForm upload,
            @Parameter(hidden = true) MultipartFormDataInput parts) {
        // like the JSON submission, an upload is refused when it carries a field the API does not know
        DocumentUploadForm.check(parts.getValues());
        ClientMultipartForm form = ClientMultipartForm.create().fileUpload(upload.requiredFile());
        upload.textParts().forEach((name, value) -> form.attribute(name, value, null));
        return submitted(() -> documents.upload(form));
    }

    /** A submission holds one of its organisation's slots while documents-service stores it. */
    private Response submitted(Supplier<Response> create) {
        return slots.run(callers.current().owningOrganisation(), () -> Relay.created(create.get(), uriInfo));
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(summary = "List documents",
            description = "Newest first; only documents your organisation may see. Reader role.")
    @APIResponse(responseCode = "200", description = "A page of documents (items, page, size, total)", content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value =
                                                    "{\"items\":[{\"id\":\"0b6f3a52-3c1e-4c57-9a55-0d0b7d4f6a11\","
                                                    + "\"title\":\"Why Tech Cooperation Matters\","
                                                    + "\"visibility\":\"public\",\"ownerOrg\":\"partner-a\","
                                                    + "\"topics\":[\"semiconductors\"],\"revision\":1}],\"page\":0,"
                                                    + "\"size\":20,\"total\":1}")))
    @APIResponse(responseCode = "400", description = "Bad paging or filter values (size over 100, malformed dates)")
    public Response list(@Valid @BeanParam DocumentQuery query) {
        return Relay.of(documents.list(query.filters()));
    }

    @GET
    @Path("/search")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Full-text search", description =
                    "Words, \"quoted phrases\", OR and -exclusions; ranked hits with highlighted snippets. A hit's "
                    + "snippet is HTML-escaped document text whose only markup is <mark> around the matches; "
                    + "snippetText is the same as plain text and highlights the matches' offsets in it. The list "
                    + "filters apply. Reader role.")
    @APIResponse(responseCode = "200", description = "A page of ranked hits",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "400", description = "Missing query or bad filters")
    public Response search(@QueryParam("q")
                    @NotBlank
                    @Size(max = 500)
                    @Parameter(description = "Search text", example = "semiconductor supply chain")
                    String q, @Valid @BeanParam DocumentQuery query) {
        return Relay.of(documents.search(q, query.filters()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Get a document's metadata and annotations",
            description = "Reader role; partner scoping applies.")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "404", description = "No such document visible to you")
    public Response get(@PathParam("id") @Parameter(example = "0b6f3a52-3c1e-4c57-9a55-0d0b7d4f6a11") UUID id) {
        return Relay.of(documents.get(id));
    }

    @GET
    @Path("/{id}/text")
    @Produces({MediaType.TEXT_PLAIN, Problem.MEDIA_TYPE})
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Get the normalised text", description =
                    "All sentence, claim and recommendation offsets point into this text. Reader role.")
    @APIResponse(responseCode = "200", description = "The normalised text",
            content = @Content(mediaType = MediaType.TEXT_PLAIN))
    @APIResponse(responseCode = "404", description = "No such document visible to you")
    public Response text(@PathParam("id") UUID id) {
        return Relay.of(documents.text(id));
    }

    @GET
    @Path("/{id}/sentences")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Get sentences with offsets, structure and annotations",
            description = "In document order. Reader role.")
    @APIResponse(responseCode = "200", description = "A page of sentences",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "400", description = "Bad paging values")
    @APIResponse(responseCode = "404", description = "No such document visible to you")
    public Response sentences(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page, @QueryParam("size")
                    @DefaultValue("500")
                    @Min(1)
                    @Max(1000)
                    @Parameter(description = "Page size, at most 1000")
                    int size) {
        return Relay.of(documents.sentences(id, page, size));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a document", description =
                    "Hidden everywhere; its claims and recommendations are removed by the extraction services. Admin "
                    + "role.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such document")
    public Response delete(@PathParam("id") UUID id) {
        return Relay.of(documents.delete(id));
    }
}
