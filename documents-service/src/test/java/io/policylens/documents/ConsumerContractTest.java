package io.policylens.documents;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.policylens.documents.analysis.AnnotatedSentence;
import io.policylens.documents.contract.RemoteChangeBatch;
import io.policylens.documents.contract.RemoteDocument;
import io.policylens.documents.contract.RemoteSentencePage;
import io.policylens.documents.contract.RemoteSnapshot;
import io.policylens.documents.contract.SentenceConversion;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.policylens.documents.support.Api.PARTNER_A;
import static io.policylens.documents.support.Api.as;
import static io.policylens.documents.support.Api.createAsA;
import static io.policylens.documents.support.Api.uniqueBrief;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Provider side of the contract with claims- and recommendations-service: the real responses of this
 * service are parsed with the records the consumers use (module documents-contract). Renaming or
 * retyping a field they read breaks this test, not production.
 */
@QuarkusTest
class ConsumerContractTest {

    private final ObjectMapper consumer = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Test
    void changeFeedDocumentAndSentencesMatchTheConsumersRecords() throws Exception {
        String id =
                createAsA(
                        uniqueBrief("The contract sentence names Seoul and 40 percent."),
                        "partner");
        UUID documentId = UUID.fromString(id);

        String feedJson =
                as(null, "service")
                        .queryParam("after", 0)
                        .queryParam("limit", 1000)
                        .get("/documents/changes")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        RemoteChangeBatch batch = consumer.readValue(feedJson, RemoteChangeBatch.class);
        assertThat(batch.events()).anySatisfy(e -> {
            assertThat(e.documentId()).isEqualTo(documentId);
            assertThat(e.kind()).isEqualTo("created");
            assertThat(e.ownerOrg()).isEqualTo(PARTNER_A);
            assertThat(e.revision()).isEqualTo(1);
        });
        assertThat(batch.head()).isGreaterThanOrEqualTo(batch.nextCursor());

        // the gateway reads these with its callers' tokens; the extraction services read only the feed and the snapshot
        String documentJson =
                as(null, "admin")
                        .get("/documents/{id}", id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        RemoteDocument document = consumer.readValue(documentJson, RemoteDocument.class);
        assertThat(document.id()).isEqualTo(documentId);
        assertThat(document.visibility()).isEqualTo("partner");
        assertThat(document.ownerOrg()).isEqualTo(PARTNER_A);
        assertThat(document.publisher()).isEqualTo("Test Institute");

        String text =
                as(null, "admin")
                        .get("/documents/{id}/text", id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        String sentencesJson =
                as(null, "admin")
                        .queryParam("size", 1000)
                        .get("/documents/{id}/sentences", id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        RemoteSentencePage page = consumer.readValue(sentencesJson, RemoteSentencePage.class);
        List<AnnotatedSentence> sentences = SentenceConversion.toAnnotated(page.items());
        assertThat(sentences).hasSize((int) page.total());
        assertThat(sentences).allSatisfy(s -> assertThat(text.substring(s.sentence().start(), s.sentence().end()))
                .isEqualTo(s.sentence().text()));
        assertThat(sentences)
                .anySatisfy(
                        s -> {
                            assertThat(s.entityIds()).contains("south-korea");
                            assertThat(s.entities())
                                    .allSatisfy(
                                            e ->
                                                    assertThat(text.substring(e.start(), e.end()))
                                                            .isEqualTo(e.surface()));
                        });
        assertThat(sentences).anySatisfy(s -> assertThat(s.sentence().listItem()).isTrue());

        // the snapshot the synchronisers read is the same document and the same sentences in one response
        String snapshotJson =
                as(null, "service")
                        .get("/documents/{id}/snapshot", id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        RemoteSnapshot snapshot = consumer.readValue(snapshotJson, RemoteSnapshot.class);
        assertThat(snapshot.document()).isEqualTo(document);
        assertThat(snapshot.sentences()).isEqualTo(page.items());
    }
}
