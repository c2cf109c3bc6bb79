package io.policylens.documents.support;

import io.policylens.testing.ApiCallers;
import io.restassured.http.ContentType;

import java.util.Map;
import java.util.UUID;

/** Callers used across the documents-service tests: two partner organisations and an internal service. */
public final class Api extends ApiCallers {

    private Api() {
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

    /** Partner A's document, created, retitled, then deleted by an administrator: three changes; returns its id. */
    public static String createRetitleAndDelete(String topicSentence) {
        String id = createAsA(uniqueBrief(topicSentence), "partner");
        contributorA().contentType(ContentType.JSON).body(Map.of("title", "Changed")).patch("/documents/{id}", id)
                .then().statusCode(200);
        admin().delete("/documents/{id}", id).then().statusCode(204);
        return id;
    }
}
