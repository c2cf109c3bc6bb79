package io.policylens.recommendations;

import io.policylens.recommendations.support.TestDocuments;
import io.policylens.recommendations.support.FakeDocuments;
import io.policylens.common.problem.Problem;
import io.policylens.testing.documents.ChangeDriver;
import io.policylens.recommendations.clustering.ClusteringJob;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.policylens.recommendations.support.Api.PARTNER_A;
import static io.policylens.recommendations.support.Api.admin;
import static io.policylens.recommendations.support.Api.analystB;
import static io.policylens.recommendations.support.Api.readerA;
import static io.policylens.recommendations.support.Api.readerB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Partner B sees nothing of partner A's private recommendations: not in lists, searches, clusters or by id. */
@QuarkusTest
class PartnerScopingTest {

    private static final FakeDocuments DOCUMENTS = FakeDocuments.INSTANCE;
    private static UUID publicDoc;
    private static UUID privateDoc;

    final ChangeDriver feed = new ChangeDriver(FakeDocuments.INSTANCE::changesAfter);

    @Inject
    ClusteringJob clustering;

    @BeforeEach
    void documents() {
        if (publicDoc == null) {
            publicDoc =
                    DOCUMENTS.publish(
                            "Cable Security Note",
                            "Strait Watch",
                            PARTNER_A,
                            "public",
                            TestDocuments.CABLES_PUBLIC);
            privateDoc =
                    DOCUMENTS.publish(
                            "Subsea Resilience",
                            "Partner A Desk",
                            PARTNER_A,
                            "partner",
                            TestDocuments.CABLES_PRIVATE);
        }
        feed.drain();
        clustering.run();
    }

    @Test
    void directAccessListingAndSearchHidePrivateRecommendations() {
        List<String> privateIds =
                readerA()
                        .queryParam("document", privateDoc.toString())
                        .get("/recommendations")
                        .then()
                        .statusCode(200)
                        .body("total", equalTo(2))
                        .extract()
                        .path("items.id");
        readerB()
                .queryParam("document", privateDoc.toString())
                .get("/recommendations")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        readerB()
                .queryParam("q", "beekeepers")
                .get("/recommendations")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        readerA()
                .queryParam("q", "beekeepers")
                .get("/recommendations")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
        assertThat(allVisibleTo(readerB())).doesNotContainAnyElementsOf(privateIds);
        for (String id : privateIds) {
            readerB()
                    .get("/recommendations/{id}", id)
                    .then()
                    .statusCode(404)
                    .contentType(Problem.MEDIA_TYPE);
            readerB().get("/recommendations/{id}/history", id).then().statusCode(404);
            analystB()
                    .contentType(ContentType.JSON)
                    .body(Map.of("status", "rejected"))
                    .post("/recommendations/{id}/status", id)
                    .then()
                    .statusCode(404);
        }
        readerA().get("/recommendations/{id}", privateIds.get(0)).then().statusCode(200);
        // public recommendations are visible to everyone
        readerB()
                .queryParam("document", publicDoc.toString())
                .get("/recommendations")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void clustersOnlyCountAndShowWhatTheCallerMaySee() {
        Map<String, Object> publicRec =
                readerA()
                        .queryParam("document", publicDoc.toString())
                        .get("/recommendations")
                        .then()
                        .extract()
                        .path("items[0]");
        String mixed = (String) publicRec.get("clusterId");
        List<Map<String, Object>> privateRecs =
                readerA()
                        .queryParam("document", privateDoc.toString())
                        .get("/recommendations")
                        .then()
                        .extract()
                        .path("items");
        Map<String, Object> privateCable =
                privateRecs.stream()
                        .filter(r -> ((String) r.get("text")).contains("cable"))
                        .findFirst()
                        .orElseThrow();
        Map<String, Object> privateOnly =
                privateRecs.stream()
                        .filter(r -> ((String) r.get("text")).contains("beekeepers"))
                        .findFirst()
                        .orElseThrow();
        assertThat(privateCable.get("clusterId")).isEqualTo(mixed);

        // the owner sees both members; an administrator the label the clustering chose (the private member's)
        readerA().get("/recommendations/clusters/{id}", mixed).then().statusCode(200)
                .body("cluster.members", equalTo(2)).body("cluster.documents", equalTo(2));
        admin().get("/recommendations/clusters/{id}", mixed).then().statusCode(200)
                .body("cluster.label", equalTo(privateCable.get("action")));
        // partner B: one member, one document, a label from the public member
        readerB()
                .get("/recommendations/clusters/{id}", mixed)
                .then()
                .statusCode(200)
                .body("cluster.members", equalTo(1))
                .body("cluster.documents", equalTo(1))
                .body("cluster.publishers", equalTo(1))
                .body("cluster.label", equalTo(publicRec.get("action")))
                .body("members.total", equalTo(1))
                .body("members.items[0].id", equalTo(publicRec.get("id")));
        readerB()
                .queryParam("cluster", mixed)
                .get("/recommendations")
                .then()
                .body("total", equalTo(1));

        String hidden = (String) privateOnly.get("clusterId");
        readerA().get("/recommendations/clusters/{id}", hidden).then().statusCode(200);
        readerB()
                .get("/recommendations/clusters/{id}", hidden)
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
        readerB()
                .queryParam("cluster", hidden)
                .get("/recommendations")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));

        // every cluster B can list: counts agree with the members B can read, none of them private
        List<String> privateIds = privateRecs.stream().map(r -> (String) r.get("id")).toList();
        List<String> seenClusters = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Map<String, Object>> clusters =
                    readerB()
                            .queryParam("size", 100)
                            .queryParam("page", page)
                            .get("/recommendations/clusters")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("items");
            for (Map<String, Object> cluster : clusters) {
                seenClusters.add((String) cluster.get("id"));
                List<String> members =
                        readerB()
                                .queryParam("size", 100)
                                .get("/recommendations/clusters/{id}", cluster.get("id"))
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("members.items.id");
                assertThat(members)
                        .hasSize((Integer) cluster.get("members"))
                        .doesNotContainAnyElementsOf(privateIds);
            }
            if (clusters.size() < 100) {
                break;
            }
        }
        assertThat(seenClusters).contains(mixed).doesNotContain(hidden);
    }

    @Test
    void aPrivateMemberJoiningAClusterChangesNothingAnotherPartnerSees() {
        // a subject of its own; other tests' recommendations may share the cluster: B's view must simply not move
        String text =
                "Recycling Note\n\nFindings\n\nChile holds the largest lithium reserves in the "
                + "world.\n\nRecommendations\n\nChile should subsidise lithium brine recycling cooperatives in "
                + "Antofagasta.\n";
        UUID published =
                DOCUMENTS.publish("Recycling Note", "Andes Institute", "partner-c", "public", text);
        feed.drain();
        clustering.run();
        String cluster =
                clusterOf(readerB(), published);
        Map<String, Object> before =
                readerB()
                        .get("/recommendations/clusters/{id}", cluster)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("cluster");
        Map<String, Object> listedBefore = listedTo(readerB(), cluster);
        assertThat(before).containsKeys("label", "keywords", "members", "updatedAt");
        int ownerSawBefore =
                readerA()
                        .get("/recommendations/clusters/{id}", cluster)
                        .then()
                        .extract()
                        .path("cluster.members");

        UUID privateDoc =
                DOCUMENTS.publish("Recycling Memo", "Partner A Desk", PARTNER_A, "partner", text);
        feed.drain();
        clustering.run();
        String privateMember =
                clusterOf(readerA(), privateDoc);
        assertThat(privateMember)
                .as("the private recommendation joined the cluster")
                .isEqualTo(cluster);
        readerA()
                .get("/recommendations/clusters/{id}", cluster)
                .then()
                .body("cluster.members", equalTo(ownerSawBefore + 1));

        // count, label, keywords and the time of the last change are exactly what they were for partner B
        readerB()
                .get("/recommendations/clusters/{id}", cluster)
                .then()
                .statusCode(200)
                .body("cluster", equalTo(before));
        assertThat(listedTo(readerB(), cluster)).isEqualTo(listedBefore);
    }

    /** The entry of the cluster list for the cluster, as the caller gets it. */
    private static Map<String, Object> listedTo(
            io.restassured.specification.RequestSpecification caller, String cluster) {
        for (int page = 0; ; page++) {
            List<Map<String, Object>> clusters =
                    caller.queryParam("size", 100)
                            .queryParam("page", page)
                            .get("/recommendations/clusters")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("items");
            for (Map<String, Object> entry : clusters) {
                if (cluster.equals(entry.get("id"))) {
                    return entry;
                }
            }
            if (clusters.size() < 100) {
                throw new AssertionError("cluster " + cluster + " not listed");
            }
        }
    }

    private static List<String> allVisibleTo(io.restassured.specification.RequestSpecification caller) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<String> items =
                    caller.queryParam("size", 100)
                            .queryParam("page", page)
                            .get("/recommendations")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("items.id");
            ids.addAll(items);
            if (items.size() < 100) {
                return ids;
            }
        }
    }

    /** The cluster of the document's first recommendation, as the caller sees it. */
    private static String clusterOf(RequestSpecification caller, UUID document) {
        return caller.queryParam("document", document.toString()).get("/recommendations").then().statusCode(200)
                .extract().path("items[0].clusterId");
    }
}
