package io.policylens.documents.client.sync;

import io.policylens.common.security.Caller;
import io.policylens.documents.contract.RemoteDocument;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule by which claims and recommendations copy a document's scope and display fields. */
class DocumentFieldsTest {

    private static final DocumentScope PRIVATE_A = new DocumentScope("partner-a", "partner");
    private static final DocumentScope PUBLIC_A = new DocumentScope("partner-a", "public");

    @Test
    void aWellFormedDocumentIsCopiedAsItIs() {
        DocumentFields fields = DocumentFields.of(document("partner-a", "public", "Brief", "Institute"));

        assertThat(fields).isEqualTo(new DocumentFields("partner-a", "public", "Brief", "Institute",
                LocalDate.of(2024, 1, 2), "https://example.org/brief", 3));
    }

    @Test
    void aMissingOwnerLeavesTheItemsToThePlatformEvenWhenTheDocumentSaysPublic() {
        for (String owner : new String[] {null, "", "  "}) {
            assertThat(DocumentFields.of(document(owner, "public", "Brief", null)).scope())
                    .isEqualTo(new DocumentScope(Caller.INTERNAL_ORGANISATION, "partner"));
        }
    }

    @Test
    void anUnknownOrMissingVisibilityIsPrivateAndAKnownOneIsReadInAnyCase() {
        assertThat(DocumentFields.of(document("partner-a", "everyone", "Brief", null)).visibility())
                .isEqualTo("partner");
        assertThat(DocumentFields.of(document("partner-a", null, "Brief", null)).visibility()).isEqualTo("partner");
        assertThat(DocumentFields.of(document("partner-a", "PUBLIC", "Brief", null)).visibility()).isEqualTo("public");
    }

    @Test
    void aBlankTitleGetsTheDefaultAndABlankPublisherIsNone() {
        DocumentFields blank = DocumentFields.of(document("partner-a", "public", " ", "  "));
        assertThat(blank.title()).isEqualTo(DocumentFields.UNTITLED);
        assertThat(blank.publisher()).isNull();

        DocumentFields missing = DocumentFields.of(document("partner-a", "public", null, null));
        assertThat(missing.title()).isEqualTo(DocumentFields.UNTITLED);
        assertThat(missing.publisher()).isNull();

        assertThat(DocumentFields.of(document("partner-a", "public", "Brief", " Institute ")).publisher())
                .isEqualTo("Institute");
    }

    @Test
    void aNewerScopeHeldByTheMarkerNarrowsAWriteButNeverWidensIt() {
        DocumentFields publicAtThree = DocumentFields.of(document("partner-a", "public", "Brief", null));
        DocumentFields privateAtThree = DocumentFields.of(document("partner-a", "partner", "Brief", null));

        assertThat(publicAtThree.narrowedBy(Optional.of(marker(2, PRIVATE_A, 5))).scope()).isEqualTo(PRIVATE_A);
        assertThat(privateAtThree.narrowedBy(Optional.of(marker(2, PUBLIC_A, 5))).scope()).isEqualTo(PRIVATE_A);
        // a scope no newer than the write's own revision, or none at all, leaves the write's scope
        assertThat(publicAtThree.narrowedBy(Optional.of(marker(2, PRIVATE_A, 3))).scope()).isEqualTo(PUBLIC_A);
        assertThat(publicAtThree.narrowedBy(Optional.empty())).isEqualTo(publicAtThree);
    }

    @Test
    void theScopeAheadOfExtractionNarrowsWhatIsHeldAndSkipsWhatIsAlreadyApplied() {
        DocumentFields privateAtThree = DocumentFields.of(document("partner-a", "partner", "Brief", null));
        DocumentFields publicAtThree = DocumentFields.of(document("partner-a", "public", "Brief", null));

        assertThat(publicAtThree.scopeAheadOfExtraction(Optional.empty())).contains(PUBLIC_A);
        assertThat(privateAtThree.scopeAheadOfExtraction(Optional.of(marker(2, PUBLIC_A, 2)))).contains(PRIVATE_A);
        assertThat(publicAtThree.scopeAheadOfExtraction(Optional.of(marker(2, PRIVATE_A, 2)))).contains(PRIVATE_A);
        assertThat(publicAtThree.scopeAheadOfExtraction(Optional.of(marker(2, PRIVATE_A, 3)))).isEmpty();
        assertThat(publicAtThree.scopeAheadOfExtraction(Optional.of(
                new ProcessingMarker(2, true, null, null, OffsetDateTime.now(), 2)))).isEmpty();
    }

    private static RemoteDocument document(String owner, String visibility, String title, String publisher) {
        return new RemoteDocument(UUID.randomUUID(), title, List.of(), publisher, LocalDate.of(2024, 1, 2),
                "https://example.org/brief", visibility, owner, 3);
    }

    private static ProcessingMarker marker(int revision, DocumentScope scope, int scopeRevision) {
        return new ProcessingMarker(revision, false, scope.ownerOrg(), scope.visibility(), OffsetDateTime.now(),
                scopeRevision);
    }
}
