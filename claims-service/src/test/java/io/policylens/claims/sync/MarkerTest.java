package io.policylens.claims.sync;

import io.policylens.documents.analysis.AnnotatedSentence;
import io.policylens.documents.analysis.DocumentAnalyser;
import io.policylens.documents.contract.SentenceFingerprint;
import io.policylens.documents.text.ContentFormat;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The decisions behind idempotent replays, without a database. */
class MarkerTest {

    private static final Marker AT_3 = new Marker(3, "v2", "fp", false);

    @Test
    void replayedEventsAreCoveredOnlyWithTheSameExtractor() {
        assertThat(AT_3.covers(2, "v2")).isTrue();
        assertThat(AT_3.covers(3, "v2")).isTrue();
        assertThat(AT_3.covers(4, "v2")).as("a newer revision").isFalse();
        assertThat(AT_3.covers(3, "v3")).as("an extractor upgrade").isFalse();
        assertThat(new Marker(5, "-", "-", true).covers(2, "v3")).as("deleted for good").isTrue();
    }

    @Test
    void olderSnapshotsNeverOverwriteNewerOnes() {
        assertThat(AT_3.supersedes(2, "v2", "other")).isTrue();
        assertThat(AT_3.supersedes(3, "v2", "fp")).as("already applied").isTrue();
        assertThat(AT_3.supersedes(3, "v2", "other")).isFalse();
        assertThat(AT_3.supersedes(4, "v2", "fp")).isFalse();
        assertThat(AT_3.sameContent("v2", "fp")).isTrue();
        assertThat(AT_3.sameContent("v3", "fp")).isFalse();
    }

    @Test
    void fingerprintsChangeWithContentAndAnnotationsNotWithTheCall() {
        DocumentAnalyser analyser = new DocumentAnalyser();
        List<AnnotatedSentence> a =
                analyser.analyse(
                                "Seoul grew by 3 percent in 2023. Tokyo did not.",
                                ContentFormat.TEXT)
                        .sentences();
        List<AnnotatedSentence> same =
                analyser.analyse(
                                "Seoul grew by 3 percent in 2023. Tokyo did not.",
                                ContentFormat.TEXT)
                        .sentences();
        List<AnnotatedSentence> edited =
                analyser.analyse(
                                "Seoul grew by 4 percent in 2023. Tokyo did not.",
                                ContentFormat.TEXT)
                        .sentences();
        assertThat(SentenceFingerprint.of(a)).isEqualTo(SentenceFingerprint.of(same)).hasSize(64);
        assertThat(SentenceFingerprint.of(edited)).isNotEqualTo(SentenceFingerprint.of(a));
    }
}
