package io.policylens.documents.contract;

import io.policylens.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The parts an upload may carry are the form's fields, and nothing else passes the check. */
class DocumentUploadFormTest {

    @Test
    void thePartsAreTheFormsFields() {
        assertThat(DocumentUploadForm.PARTS).containsExactlyInAnyOrder("file", "format", "title", "authors",
                "publisher", "publishedDate", "sourceUrl", "language", "visibility");
    }

    @Test
    void knownPartsGivenOncePass() {
        DocumentUploadForm.check(Map.of("file", List.of("f"), "title", List.of("T"), "visibility", List.of("public")));
    }

    @Test
    void anUnknownPartIsTheUnknownFieldProblem() {
        assertThatThrownBy(() -> DocumentUploadForm.check(Map.of("file", List.of("f"), "ownerOrg", List.of("b"))))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.slug()).isEqualTo("unknown-field");
                    assertThat(e.getMessage()).isEqualTo("unknown field 'ownerOrg'");
                });
    }

    @Test
    void aPartGivenTwiceIsRefused() {
        assertThatThrownBy(() -> DocumentUploadForm.check(Map.of("title", List.of("One", "Two"))))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).isEqualTo("field 'title' is given more than once");
                });
    }

    @Test
    void aFormWithoutAFileIsRefused() {
        assertThatThrownBy(() -> new DocumentUploadForm().requiredFile())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessage("a 'file' part is required");
    }

    @Test
    void theTextPartsAreTheGivenStringFields() {
        DocumentUploadForm form = new DocumentUploadForm();
        form.title = "Brief";
        form.visibility = "public";
        assertThat(form.textParts()).containsExactlyInAnyOrderEntriesOf(
                Map.of("title", "Brief", "visibility", "public"));
    }
}
