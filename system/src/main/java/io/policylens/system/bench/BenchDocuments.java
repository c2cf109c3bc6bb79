package io.policylens.system.bench;

import io.policylens.bench.seeds.SeedParagraphs;

import java.nio.file.Path;
import java.util.List;

/**
 * Benchmark documents of about N bytes, built at run time from the paragraphs of a seed folder (nothing is copied
 * into the repository): each starts with a line unique to the run and document number, then seed paragraphs from a
 * rotating offset until the size is reached, so content-hash idempotency never short-circuits a submission.
 */
final class BenchDocuments {

    private final List<String> paragraphs;
    private final String run;
    private final int bytes;

    BenchDocuments(Path seeds, String run, int bytes) {
        this.paragraphs = SeedParagraphs.read(seeds);
        this.run = run;
        this.bytes = bytes;
    }

    String document(int n) {
        StringBuilder text = new StringBuilder("Benchmark document ").append(run).append(" number ").append(n)
                .append(".\n\n");
        int i = (n * 7) % paragraphs.size();
        while (text.length() < bytes) {
            text.append(paragraphs.get(i)).append("\n\n");
            i = (i + 1) % paragraphs.size();
        }
        return text.toString();
    }
}
