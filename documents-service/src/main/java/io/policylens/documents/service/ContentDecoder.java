package io.policylens.documents.service;

import io.policylens.common.problem.ProblemException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides whether submitted content is text we can store: strictly valid UTF-8 (no silent
 * replacement characters) and no binary control characters. PostgreSQL cannot store NUL in text, and
 * binary files (PDF, images) would only produce garbage sentences.
 */
public final class ContentDecoder {

    private ContentDecoder() {
    }

    /** Decodes uploaded bytes, rejecting invalid UTF-8 and binary content with a 422 problem. */
    public static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.unprocessable("invalid-encoding", "content is not valid UTF-8 text");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1); // byte order mark
        }
        requireText(text);
        return text;
    }

    /** Rejects strings that carry binary data (NUL or other C0 control characters besides tab and line ends). */
    public static void requireText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                throw ProblemException.unprocessable("binary-content",
                        "content contains binary data (control character U+" + String.format("%04X", (int) c) + ")");
            }
        }
    }
}
