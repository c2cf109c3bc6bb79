package io.policylens.documents.analysis;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Hostile content gets a normal answer (an analysis, or a {@link ContentLimitException} that services turn into
 * 413) with work and memory linear in its size. Memory is measured deterministically as the bytes the analysing
 * thread allocates; the timeout is only a safety net so that a regression fails instead of hanging the build.
 */
class HostileContentTest {

    /** Safety net only (the slowest payload takes about a second on 2 cores); no assertion is about speed. */
    private static final Duration SAFETY_NET = Duration.ofSeconds(120);

    private final DocumentAnalyser analyser = new DocumentAnalyser();

    private record Outcome(AnalysedDocument document, ContentLimitException rejected, long allocatedBytes) {
    }

    private Outcome analyse(String content, io.policylens.documents.text.ContentFormat format) {
        return assertTimeoutPreemptively(SAFETY_NET, () -> {
            var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long before = threads.getCurrentThreadAllocatedBytes();
            try {
                AnalysedDocument document = analyser.analyse(content, format, HostilePayloads.DOCUMENT_LIMITS);
                return new Outcome(document, null, threads.getCurrentThreadAllocatedBytes() - before);
            } catch (ContentLimitException e) {
                return new Outcome(null, e, threads.getCurrentThreadAllocatedBytes() - before);
            }
        });
    }

    /**
     * Linear budget: a fixed allowance, up to a kilobyte per input character (the parsers' nodes for deeply nested
     * or marker-dense input, strings and their copies) and some kilobytes per sentence (sentence, tokens, entity and
     * topic lookups). Allocation is not what stays live: {@link HostileContentInSmallHeapTest} checks that.
     */
    private static long budget(int inputChars, int sentences) {
        return 32L * 1024 * 1024 + 1_000L * inputChars + 12L * 1024 * sentences;
    }

    @Test
    void theConfirmedOutOfMemoryPayloadIsAnalysedInLinearMemory() {
        String payload = HostilePayloads.confirmedOutOfMemory();
        Outcome outcome = analyse(payload, io.policylens.documents.text.ContentFormat.HTML);
        assertThat(outcome.document()).isNotNull();
        assertThat(outcome.document().text()).hasSize(23_000);
        // before the fix: 1.1 GB allocated (6,000 bytes per input character), and OutOfMemoryError at 192 MB of heap
        assertThat(outcome.allocatedBytes()).isLessThan(budget(payload.length(), 1)).isLessThan(120L * 1024 * 1024);
    }

    @TestFactory
    Stream<DynamicTest> everyHostilePayloadGetsANormalAnswerInLinearMemory() {
        return HostilePayloads.moderate().stream().map(payload -> DynamicTest.dynamicTest(payload.name(), () -> {
            String content = payload.content().get();
            Outcome outcome = analyse(content, payload.format());
            if (outcome.document() != null) {
                assertThat(outcome.document().sentences())
                        .hasSizeLessThanOrEqualTo(HostilePayloads.DOCUMENT_LIMITS.maxSentences());
                outcome.document().sentences().forEach(s ->
                        assertThat(outcome.document().text().substring(s.sentence().start(),
                                s.sentence().end())).isEqualTo(s.sentence().text()));
            } else {
                assertThat(outcome.rejected().limit()).isIn(ContentLimitException.Limit.SENTENCES,
                        ContentLimitException.Limit.MARKUP);
            }
            int sentences = outcome.document() == null ? HostilePayloads.DOCUMENT_LIMITS.maxSentences()
                    : outcome.document().sentences().size();
            System.out.printf("hostile payload %-32s %9d chars -> %-28s %7.1f MB allocated (budget %7.1f MB)%n",
                    payload.name(), content.length(), outcome.document() != null ? outcome.document().sentences().size()
                            + " sentences"
                            : "rejected: " + outcome.rejected().limit(), outcome.allocatedBytes() / 1e6,
                            budget(content.length(), sentences) / 1e6);
            assertThat(outcome.allocatedBytes()).isLessThan(budget(content.length(), sentences));
        }));
    }

    @Test
    void limitsAreCheckedBeforeTheWorkTheyBound() {
        AnalysisLimits small = new AnalysisLimits(100, 10, 3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                analyser.analyse("x".repeat(101), io.policylens.documents.text.ContentFormat.TEXT, small))
                .isInstanceOfSatisfying(ContentLimitException.class, e -> {
                    assertThat(e.limit()).isEqualTo(ContentLimitException.Limit.CHARACTERS);
                    assertThat(e.limit().slug()).isEqualTo("text-too-long");
                    assertThat(e.max()).isEqualTo(100);
                });
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                analyser.analyse("<b>".repeat(11), io.policylens.documents.text.ContentFormat.HTML, small))
                .isInstanceOfSatisfying(ContentLimitException.class, e ->
                assertThat(e.limit()).isEqualTo(ContentLimitException.Limit.MARKUP));
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                analyser.analyse("One. Two. Three. Four.", io.policylens.documents.text.ContentFormat.TEXT, small))
                .isInstanceOfSatisfying(ContentLimitException.class, e ->
                assertThat(e.limit()).isEqualTo(ContentLimitException.Limit.SENTENCES));
        assertThat(analyser.analyse("One. Two. Three.", io.policylens.documents.text.ContentFormat.TEXT,
                small).sentences()).hasSize(3);
    }
}
