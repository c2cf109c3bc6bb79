package io.policylens.documents.analysis;

/**
 * Analyses the payloads at the document limits one after another, printing one line each; run by
 * {@link HostileContentInSmallHeapTest} in a JVM with a service's heap. Any Error (OutOfMemoryError) ends it with a
 * non-zero exit code.
 */
public final class HostileContentRun {

    private HostileContentRun() {
    }

    public static void main(String[] args) {
        DocumentAnalyser analyser = new DocumentAnalyser();
        for (HostilePayloads.Payload payload : HostilePayloads.atDocumentLimits()) {
            long start = System.nanoTime();
            String outcome;
            try {
                outcome = analyser.analyse(payload.content().get(), payload.format(), HostilePayloads.DOCUMENT_LIMITS)
                        .sentences().size() + " sentences";
            } catch (ContentLimitException e) {
                outcome = "rejected " + e.limit();
            }
            System.out.printf("payload %s: %s in %d ms%n", payload.name(), outcome,
                    (System.nanoTime() - start) / 1_000_000);
        }
        System.out.println("all payloads analysed");
    }
}
