package io.policylens.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the ClaimBuster JSON-lines file ({@code {"id": .., "text": "..", "label": 0|1}}). The format is
 * flat and fixed, so a small string scanner does the job without a JSON library on the class path.
 */
public final class ClaimBusterReader {

    private ClaimBusterReader() {
    }

    public static List<LabelledSentence> read(Path file) throws IOException {
        List<LabelledSentence> sentences = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String text = stringField(line, "text");
            String label = rawField(line, "label");
            sentences.add(new LabelledSentence(text, "1".equals(label)));
        }
        return sentences;
    }

    static String rawField(String line, String name) {
        int key = line.indexOf("\"" + name + "\"");
        if (key < 0) {
            throw new IllegalArgumentException("no field " + name + " in " + line);
        }
        int colon = line.indexOf(':', key);
        int start = colon + 1;
        while (Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < line.length() && line.charAt(end) != ',' && line.charAt(end) != '}') {
            end++;
        }
        return line.substring(start, end).trim();
    }

    static String stringField(String line, String name) {
        int key = line.indexOf("\"" + name + "\"");
        if (key < 0) {
            throw new IllegalArgumentException("no field " + name + " in " + line);
        }
        StringBuilder out = new StringBuilder();
        readJsonString(line, line.indexOf('"', line.indexOf(':', key)), out);
        return out.toString();
    }

    /**
     * Appends the JSON string literal whose opening quote is at {@code quote} to {@code out}, unescaped;
     * returns the index just after its closing quote.
     */
    public static int readJsonString(String s, int quote, StringBuilder out) {
        int i = quote + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\') {
                char e = s.charAt(i + 1);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                        i += 4;
                    }
                    default -> out.append(e);
                }
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        throw new IllegalArgumentException("unterminated string at " + quote + " in " + s);
    }
}
