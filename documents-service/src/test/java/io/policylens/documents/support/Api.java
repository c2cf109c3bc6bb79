package io.policylens.documents.support;

import io.policylens.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Callers used across the documents-service tests: two partner organisations and an internal service. */
public final class Api {

    public static final String PARTNER_A = "partner-a";
    public static final String PARTNER_B = "partner-b";

    private Api() {
    }

    public static RequestSpecification as(String organisation, String... roles) {
        return given().header("Authorization",
                        TestTokens.bearer("user-" + String.join("-", roles), organisation, roles));
    }

    public static RequestSpecification contributorA() {
        return as(PARTNER_A, "contributor");
    }

    public static RequestSpecification readerB() {
        return as(PARTNER_B, "reader");
    }

    /** A small plain-text policy brief, unique per call so that tests do not collide on idempotency. */
    public static String uniqueBrief(String topicSentence) {
        return "Policy Brief " + UUID.randomUUID() + "\n\nBackground\n\n"
                + topicSentence + " Samsung and SK Hynix produce most of the world's memory "
                        + "chips.\n\nRecommendations\n\n– Deepen Cooperation: Washington and Seoul should coordinate "
                        + "export controls on semiconductors.\n– Invest in People: Both governments should fund "
                        + "exchanges of engineers.\n";
    }

    public static Map<String, Object> textDocument(String content, String visibility) {
        return Map.of("content", content, "format", "text", "title", "Test brief", "publisher", "Test Institute",
                "publishedDate", "2024-03-01", "visibility", visibility, "authors", java.util.List.of("Jane Doe"));
    }

    /** Creates a document as partner A's contributor and returns its id. */
    public static String createAsA(String content, String visibility) {
        return contributorA().contentType(ContentType.JSON).body(textDocument(content, visibility))
                .when().post("/documents")
                .then().statusCode(201)
                .extract().path("id");
    }
}
