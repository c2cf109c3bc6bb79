package io.policylens.documents.contract;

import io.policylens.documents.analysis.AnnotatedSentence;
import io.policylens.documents.annotation.EntityMention;
import io.policylens.documents.annotation.TopicScore;
import io.policylens.documents.sentences.Sentence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 over everything extraction reads from a document: sentence offsets, text, structure, entity
 * mentions and topics. Consumers compare it across revisions: two revisions with the same fingerprint
 * differ only in metadata (title, visibility...), which needs new scoping fields but no re-extraction.
 * (The documents API exposes no content hash to consumers, hence this one.)
 */
public final class SentenceFingerprint {

    private SentenceFingerprint() {
    }

    public static String of(List<AnnotatedSentence> sentences) {
        MessageDigest digest = sha256();
        for (AnnotatedSentence annotated : sentences) {
            Sentence s = annotated.sentence();
            field(digest, s.index() + "|" + s.start() + "|" + s.end() + "|" + s.block() + "|" + s.blockKind() + "|"
                    + s.section() + "|" + s.text());
            for (EntityMention e : annotated.entities()) {
                field(digest, "e|" + e.entityId() + "|" + e.start() + "|" + e.end());
            }
            for (TopicScore t : annotated.topics()) {
                field(digest, "t|" + t.topic() + "|" + t.score());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Each field ends with a NUL, which sentence text cannot contain, so fields cannot run into each other. */
    private static void field(MessageDigest digest, String value) {
        digest.update(value.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
