package io.policylens.testing.documents;

import io.policylens.common.problem.Problem;
import io.quarkus.arc.Arc;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import static io.policylens.testing.ApiCallers.PARTNER_A;
import static io.policylens.testing.ApiCallers.admin;
import static io.policylens.testing.ApiCallers.as;
import static io.policylens.testing.ApiCallers.readerA;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

/**
 * What every extraction service's {@code DocumentProcessingTest} checks alike about GET .../documents/{id}/processing
 * (documents-client's {@code DocumentProcessingResource}): bad ids, tokens and roles are problems, a marker written
 * before the scope was stored is for administrators only, and the inherited endpoint is documented under the
 * service's tag. A service's {@code @QuarkusTest} subclass adds the scoping cases.
 */
public abstract class DocumentProcessingTestBase {

    private final String documentsPath;
    private final String tag;
    private final String legacyMarkerInsert;

    /**
     * @param documentsPath the service's documents path, e.g. {@code /claims/documents}
     * @param tag the OpenAPI tag of the service's processing endpoint
     * @param legacyMarkerInsert an INSERT of a processed marker at revision 3 for document {@code ?} as the version
     *     before the scope was stored wrote it: no owner organisation, no visibility
     */
    protected DocumentProcessingTestBase(String documentsPath, String tag, String legacyMarkerInsert) {
        this.documentsPath = documentsPath;
        this.tag = tag;
        this.legacyMarkerInsert = legacyMarkerInsert;
    }

    private String path() {
        return documentsPath + "/{id}/processing";
    }

    @Test
    void aMarkerWrittenBeforeTheScopeWasStoredIsForAdministratorsOnly() throws SQLException {
        UUID legacy = UUID.randomUUID();
        DataSource database = Arc.container().instance(DataSource.class).get();
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement(legacyMarkerInsert)) {
            insert.setObject(1, legacy);
            insert.executeUpdate();
        }

        admin().get(path(), legacy).then().statusCode(200).body("revision", equalTo(3));
        readerA().get(path(), legacy).then().statusCode(404).contentType(startsWith(Problem.MEDIA_TYPE));
        as(PARTNER_A, "analyst").get(path(), legacy).then().statusCode(404);
    }

    @Test
    void badIdsTokensAndRolesAreProblems() {
        readerA()
                .get(path(), "not-a-uuid")
                .then()
                .statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("type", equalTo("https://policylens.io/problems/validation"));
        readerA().get(path(), UUID.randomUUID()).then().statusCode(404).contentType(startsWith(Problem.MEDIA_TYPE));
        given().get(path(), UUID.randomUUID()).then().statusCode(401).contentType(startsWith(Problem.MEDIA_TYPE))
                .header("WWW-Authenticate", "Bearer");
        // service accounts read only the change feed
        as(null, "service")
                .get(path(), UUID.randomUUID())
                .then()
                .statusCode(403)
                .contentType(startsWith(Problem.MEDIA_TYPE));
    }

    @Test
    void theEndpointIsDocumentedWithItsTagSecurityExamplesAndProblems() {
        String operation = "paths.'" + documentsPath + "/{documentId}/processing'.get";
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(operation + ".tags", contains(tag))
                .body(operation + ".security[0]", hasKey("SecurityScheme"))
                // the path parameter comes from the inherited method's own @Path: one of a
                // class-level template is not documented
                .body(operation + ".parameters[0].name", equalTo("documentId"))
                .body(operation + ".parameters[0].example", equalTo("0b6f3a52-3c1e-4c57-9a55-0d0b7d4f6a11"))
                .body(operation + ".responses.keySet()", hasItems("200", "400", "401", "403", "404"))
                .body(operation + ".responses.'404'.content", hasKey(Problem.MEDIA_TYPE))
                .body("components.schemas.ProcessedRevision.examples[0].revision", equalTo(2));
    }
}
