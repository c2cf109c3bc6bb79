package io.policylens.recommendations.feed;

import io.policylens.documents.analysis.AnalysedDocument;
import io.policylens.documents.analysis.AnnotatedSentence;
import io.policylens.documents.annotation.EntityMention;
import io.policylens.documents.annotation.TopicScore;
import io.policylens.documents.sentences.Sentence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns documents-service's sentences back into what the extractors take. The extractors only read the
 * sentences (text, offsets, block, section, annotations), so the document text is rebuilt from them
 * (sentences at their offsets, blanks in between) instead of fetching {@code /documents/{id}/text}: one
 * call fewer per change, and every offset still points to the same character.
 */
final class SnapshotDocuments {

    private SnapshotDocuments() {
    }

    static AnalysedDocument analysed(List<AnnotatedSentence> sentences) {
        int length = sentences.stream().mapToInt(s -> s.sentence().end()).max().orElse(0);
        char[] text = new char[length];
        Arrays.fill(text, ' ');
        Map<String, Integer> entities = new LinkedHashMap<>();
        for (AnnotatedSentence annotated : sentences) {
            Sentence s = annotated.sentence();
            s.text().getChars(0, Math.min(s.text().length(), s.end() - s.start()), text, s.start());
            annotated.entities().forEach(e -> entities.merge(e.entityId(), 1, Integer::sum));
        }
        return new AnalysedDocument(new String(text), null, List.of(), sentences, List.of(), entities);
    }

    /**
     * Hash of everything extraction reads. A new revision with the same hash changed only metadata
     * (title, publisher, visibility...), which needs no re-extraction.
     */
    static String fingerprint(List<AnnotatedSentence> sentences) {
        MessageDigest digest = sha256();
        for (AnnotatedSentence annotated : sentences) {
            Sentence s = annotated.sentence();
            update(digest, s.index() + "|" + s.start() + "|" + s.end() + "|" + s.block() + "|" + s.blockKind() + "|"
                    + s.section() + "|" + s.text());
            for (EntityMention e : annotated.entities()) {
                update(digest, "e|" + e.entityId() + "|" + e.start() + "|" + e.end());
            }
            for (TopicScore t : annotated.topics()) {
                update(digest, "t|" + t.topic() + "|" + t.score());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String value) {
        digest.update(value.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
