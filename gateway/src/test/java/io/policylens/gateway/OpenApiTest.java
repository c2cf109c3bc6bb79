package io.policylens.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

/** One OpenAPI document for the public API, with the OIDC security scheme Swagger UI logs in with. */
@QuarkusTest
class OpenApiTest {

    @Test
    void documentsThePublicApiAndItsSecurityScheme() {
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("info.title", equalTo("Policy Lens API"))
                .body("paths", hasKey("/api/v1/documents"))
                .body("paths", hasKey("/api/v1/documents/{id}"))
                .body("paths", hasKey("/api/v1/documents/search"))
                .body("paths", hasKey("/api/v1/documents/{id}/analysis"))
                .body("paths", hasKey("/api/v1/documents/{id}/text"))
                .body("paths", hasKey("/api/v1/documents/{id}/sentences"))
                .body("paths.'/api/v1/documents'.get.security[0]", hasKey("SecurityScheme"))
                .body(
                        "paths.'/api/v1/documents'.get.responses.'503'.content.'application/problem+json'",
                        notNullValue())
                .body("paths.'/api/v1/documents'.get.responses", hasKey("429"))
                .body("components.securitySchemes.SecurityScheme.type", equalTo("openIdConnect"))
                // derived at runtime from quarkus.oidc.auth-server-url: here the test identity provider
                .body(
                        "components.securitySchemes.SecurityScheme.openIdConnectUrl",
                        containsString("/realms/quarkus"))
                .body(
                        "components.securitySchemes.SecurityScheme.openIdConnectUrl",
                        endsWith("/.well-known/openid-configuration"));
    }

    @Test
    void documentsTheClaimsEndpointsWithExamples() {
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths", hasKey("/api/v1/claims"))
                .body("paths", hasKey("/api/v1/claims/{id}"))
                .body("paths", hasKey("/api/v1/claims/{id}/review"))
                .body("paths", hasKey("/api/v1/claims/{id}/reviews"))
                .body("paths", hasKey("/api/v1/claims/{id}/matches"))
                .body("paths", hasKey("/api/v1/claims/{id}/claimreview"))
                .body("paths", hasKey("/api/v1/claims/extract"))
                .body("paths", hasKey("/api/v1/claims/admin/reextract"))
                .body("paths", hasKey("/api/v1/claims/admin/feed"))
                .body("paths.'/api/v1/claims'.get.security[0]", hasKey("SecurityScheme"))
                .body(
                        "paths.'/api/v1/claims'.get.responses.'200'.content.'application/json'.examples.page.value"
                        + ".items[0].type",
                        equalTo("statistic"))
                .body(
                        "paths.'/api/v1/claims/{id}/review'.put.requestBody.content.'application/json'.schema",
                        notNullValue())
                .body(
                        "paths.'/api/v1/claims/{id}/claimreview'.get.responses.'200'.content",
                        hasKey("application/ld+json"))
                .body("paths.'/api/v1/claims/{id}/claimreview'.get.responses", hasKey("409"))
                .body(
                        "paths.'/api/v1/claims/{id}'.get.responses.'503'.content.'application/problem+json'",
                        notNullValue());
    }

    @Test
    void documentsTheDeadLetterEndpointsOfBothServices() {
        var openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200);
        for (String service : new String[]{"claims", "recommendations"}) {
            String base = "paths.'/api/v1/" + service + "/admin/feed/dead-letters";
            openApi.body(base + "'.get.security[0]", hasKey("SecurityScheme"))
                    .body(
                            base
                                    + "'.get.responses.'200'.content.'application/json'.examples.'one "
                                            + "pending'.value[0].id",
                            equalTo("4-17"))
                    .body(base + "'.get.responses", org.hamcrest.Matchers.not(hasKey("409")))
                    .body(
                            base
                                    + "'.get.responses.'503'.content.'application/problem+json'.examples",
                            hasKey(service + "-service down"))
                    .body(base + "'.get.tags", contains("Administration"))
                    .body(base + "/{id}/replay'.post.responses", hasKey("404"))
                    .body(
                            base
                                    + "/{id}/replay'.post.responses.'400'.content.'application/problem+json'.examples",
                            hasKey("bad id"))
                    .body(base + "/{id}/replay'.post.responses", hasKey("504"))
                    .body(
                            base + "/{id}/replay'.post.parameters[0].schema.pattern",
                            equalTo("[0-9]{1,4}-[0-9]{1,18}"))
                    .body(
                            base
                                    + "/replay'.post.responses.'200'.content.'application/json'.examples.'one failed "
                                            + "again'.value.failed",
                            equalTo(1))
                    .body(
                            "paths.'/api/v1/" + service + "/admin/feed'.get.description",
                            containsString("partitions"));
        }
    }

    @Test
    void documentsTheStatusValuesOfTheDocumentStatus() {
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths", hasKey("/api/v1/documents/{id}/status"))
                .body(
                        "components.schemas.ServiceProgress.properties.state.enum",
                        contains("current", "outdated", "empty", "pending", "unavailable"))
                .body(
                        "components.schemas.ServiceProgress.properties.state.description",
                        containsString("processed"));
    }

    @Test
    void documentsThePublicApiOnly() {
        java.util.Map<String, Object> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        // service-to-service (/internal/...) and operations endpoints (/q/health, /q/metrics) are not part of it
        org.assertj.core.api.Assertions.assertThat(paths.keySet())
                .isNotEmpty()
                .allMatch(path -> path.startsWith("/api/" + "v1/"));
    }

    @Test
    void swaggerUiIsServedWithPkceLogin() {
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/swagger-ui/index.html").then().statusCode(200)
                .body(containsString("policylens-swagger"))
                .body(containsString("usePkceWithAuthorizationCodeGrant"));
    }
}
