package io.policylens.claims.feed;

import io.policylens.documents.analysis.AnnotatedSentence;
import io.policylens.documents.annotation.EntityMention;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 over everything extraction reads from a document: sentence offsets, text, structure, entity
 * mentions and topics. Two revisions with the same fingerprint differ only in metadata, so their claims
 * need new scoping and display fields but no new extraction. (The documents API exposes no content hash
 * to consumers, hence our own.)
 */
final class SentenceFingerprint {

    private SentenceFingerprint() {
    }

    static String of(List<AnnotatedSentence> sentences) {
        MessageDigest digest = sha256();
        for (AnnotatedSentence annotated : sentences) {
            var s = annotated.sentence();
            field(digest, s.index() + ":" + s.start() + ":" + s.end() + ":" + s.block() + ":" + s.blockKind());
            field(digest, s.text());
            field(digest, String.valueOf(s.section()));
            for (EntityMention e : annotated.entities()) {
                field(digest, e.entityId() + "@" + e.start() + "-" + e.end());
            }
            field(digest, String.join(",", annotated.topicIds()));
            digest.update((byte) 0x1e); // record separator: sentence boundaries are part of the content
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void field(MessageDigest digest, String value) {
        digest.update(value.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0x1f);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
