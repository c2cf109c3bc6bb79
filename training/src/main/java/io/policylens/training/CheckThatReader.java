package io.policylens.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CheckThat! task-1 file: header row, then {@code Sentence_id<TAB>Text<TAB>class_label} (Yes/No), no quoting.
 */
public final class CheckThatReader {

    private CheckThatReader() {
    }

    public static List<LabelledSentence> read(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        List<LabelledSentence> sentences = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int first = line.indexOf('\t');
            int last = line.lastIndexOf('\t');
            if (first < 0 || last <= first) {
                throw new IOException("line " + (i + 1) + " of " + tsv + " does not have three columns");
            }
            String label = line.substring(last + 1).trim();
            sentences.add(new LabelledSentence(line.substring(first + 1, last), label.equalsIgnoreCase("yes")));
        }
        return sentences;
    }
}
