package io.policylens.recommendations;

import io.policylens.recommendations.support.TestDocuments;
import io.policylens.recommendations.support.FakeDocuments;
import io.policylens.testing.documents.ChangeDriver;
import io.policylens.recommendations.clustering.ClusteringJob;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.policylens.recommendations.support.Api.PARTNER_A;
import static io.policylens.recommendations.support.Api.PARTNER_B;
import static io.policylens.recommendations.support.Api.admin;
import static io.policylens.recommendations.support.Api.readerA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Similar recommendations of two written documents form one cluster, in the background, whose id
 * survives later runs.
 */
@QuarkusTest
class ClusteringTest {

    private static final FakeDocuments DOCUMENTS = FakeDocuments.INSTANCE;

    final ChangeDriver feed = new ChangeDriver(FakeDocuments.INSTANCE::changesAfter);

    @Inject
    ClusteringJob clustering;

    @Test
    void clustersAcrossDocumentsWithStableId() {
        feed.drain();
        UUID first = DOCUMENTS.publish("Hydrogen Corridor Memo", "Energy Institute", PARTNER_A, "public",
                        TestDocuments.HYDROGEN_1);
        UUID second = DOCUMENTS.publish("Clean Fuel Partnerships", "Pacific Forum", PARTNER_B, "public",
                        TestDocuments.HYDROGEN_2);
        feed.drain();
        // applied, but not clustered until the background job ran
        assertThat(clusterOf(first)).isNull();
        admin().get("/recommendations/admin/feed")
                .then()
                .statusCode(200)
                .body("clustering.pending", equalTo(true));
        assertThat(clustering.run()).isEqualTo(ClusteringJob.Outcome.CLUSTERED);
        admin().get("/recommendations/admin/feed")
                .then()
                .statusCode(200)
                .body("clustering.pending", equalTo(false))
                .body("clustering.clusteredUpTo", equalTo((int) DOCUMENTS.head()));

        String clusterA = clusterOf(first);
        String clusterB = clusterOf(second);
        assertThat(clusterA).isNotNull().isEqualTo(clusterB);
        readerA().get("/recommendations/clusters/{id}", clusterA).then().statusCode(200)
                .body("cluster.id", equalTo(clusterA))
                .body("cluster.members", equalTo(2))
                .body("cluster.documents", equalTo(2))
                .body("cluster.publishers", equalTo(2))
                .body("members.total", equalTo(2));
        // label and keywords as the clustering chose them (partners get them from the members they see)
        admin().get("/recommendations/clusters/{id}", clusterA)
                .then()
                .statusCode(200)
                .body("cluster.label", equalTo("co-invest in hydrogen shipping terminals and a joint hydrogen"
                                    + " corridor"))
                .body("cluster.keywords", hasItem("hydrogen"));
        readerA()
                .queryParam("minDocuments", 2)
                .queryParam("size", 100)
                .get("/recommendations/clusters")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(clusterA));
        readerA()
                .queryParam("cluster", clusterA)
                .get("/recommendations")
                .then()
                .statusCode(200)
                .body("total", equalTo(2));

        // an unrelated document, then a full forced re-extraction: the cluster keeps its id and members
        DOCUMENTS.publish("Cocoa", "Cocoa Board", PARTNER_A, "public", TestDocuments.brief("Ghana", "cocoa"));
        feed.drain();
        clustering.run();
        admin().queryParam("force", true)
                .post("/recommendations/admin/reextract")
                .then()
                .statusCode(202);
        feed.drain();
        // the same recommendations again: nothing for the clusterer to do
        assertThat(clustering.run()).isEqualTo(ClusteringJob.Outcome.CURRENT);
        assertThat(clusterOf(first)).isEqualTo(clusterA);
        assertThat(clusterOf(second)).isEqualTo(clusterA);
    }

    private static String clusterOf(UUID document) {
        List<String> clusters = admin().queryParam("document", document.toString())
                        .get("/recommendations")
                        .then()
                        .statusCode(200)
                        .body("total", equalTo(1))
                        .extract()
                        .path("items.clusterId");
        return clusters.get(0);
    }
}
