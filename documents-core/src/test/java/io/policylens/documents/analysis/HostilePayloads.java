package io.policylens.documents.analysis;

import io.policylens.documents.text.ContentFormat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * Inputs built to make the text pipeline slow or hungry, each a shape that once was (or could have been) super-linear
 * somewhere: nesting, sheer counts of blocks or sentences, one endless sentence, odd white space and encodings,
 * repetition. Built lazily, so a run holds only the one it is analysing.
 */
final class HostilePayloads {

    /** What documents-service accepts: its body limit, and the markup and sentence limits of its pipeline. */
    static final AnalysisLimits DOCUMENT_LIMITS = new AnalysisLimits(5_242_880, 250_000, 20_000);

    record Payload(String name, ContentFormat format, Supplier<String> content) {
    }

    /**
     * The payload that exhausted claims-service's heap through POST /claims/extract (186 KB): every nested
     * unclosed heading copied the whole rest of the page.
     */
    static String confirmedOutOfMemory() {
        return "<h1><div>".repeat(250) + "<b>x</b>".repeat(23_000);
    }

    /** Shapes at sizes the extract endpoints accept (at most 200,000 characters) or somewhat beyond. */
    static List<Payload> moderate() {
        return List.of(
                new Payload("confirmed-out-of-memory", ContentFormat.HTML, HostilePayloads::confirmedOutOfMemory),
                new Payload("100k-nested-divs", ContentFormat.HTML, () -> "<div>".repeat(100_000) + "x"),
                new Payload("5k-nested-lists", ContentFormat.HTML, () -> "<ul><li>a ".repeat(5_000)),
                new Payload("20k-nested-unclosed-headings", ContentFormat.HTML, () -> "<h2>t<p>".repeat(20_000)),
                new Payload("100k-list-items-html", ContentFormat.HTML, () -> "<ul>" + "<li>item</li>".repeat(100_000)
                        + "</ul>"),
                new Payload("40k-list-items-markdown", ContentFormat.MARKDOWN, () -> "- item\n".repeat(40_000)),
                new Payload("40k-list-items-text", ContentFormat.TEXT, () -> "- item\n".repeat(40_000)),
                new Payload("one-5MB-sentence", ContentFormat.TEXT, () -> "word ".repeat(1_000_000)),
                new Payload("50k-tiny-sentences", ContentFormat.TEXT, () -> "Go! ".repeat(50_000)),
                new Payload("19k-tiny-sentences", ContentFormat.TEXT, () -> "Go! ".repeat(19_000)),
                new Payload("pathological-white-space", ContentFormat.TEXT, () -> "x"
                        + " \t\u00a0\u2003\u200b".repeat(400_000) + "x"),
                new Payload("pathological-white-space-html", ContentFormat.HTML, () -> "<p>x"
                        + " \n\u00a0&nbsp;\t".repeat(200_000) + "x"),
                new Payload("lone-surrogates", ContentFormat.TEXT, () -> "\uD800x".repeat(500_000)),
                new Payload("invalid-utf-8-decoded", ContentFormat.HTML, () ->
                        new String(invalidUtf8(1_000_000), StandardCharsets.UTF_8)),
                new Payload("zip-like-repetition", ContentFormat.TEXT,
                        () -> ("South Korea accounts for 60 percent of the global DRAM market, "
                                + "according to the KSIA. ").repeat(15_000)),
                new Payload("open-brackets-after-periods", ContentFormat.TEXT, () -> "a.[".repeat(300_000)),
                new Payload("markdown-emphasis", ContentFormat.MARKDOWN, () -> "*a".repeat(100_000)),
                new Payload("markdown-inline-html", ContentFormat.MARKDOWN, () -> "<a ".repeat(60_000)),
                new Payload("markdown-nested-quotes", ContentFormat.MARKDOWN, () -> ">".repeat(100_000) + " x"),
                new Payload("endless-heading", ContentFormat.HTML, () -> "<h1>" + "Title ".repeat(200_000)
                        + "<p>a.</p>".repeat(10_000)));
    }

    /** Near the document limits (5 MB, 250,000 markup, 20,000 sentences): what a contributor may submit. */
    static List<Payload> atDocumentLimits() {
        int markup = 249_000;
        int chars = 5_000_000;
        return List.of(
                new Payload("5MB-confirmed-shape", ContentFormat.HTML, () -> "<h1><div>".repeat(250)
                        + "<b>x</b>".repeat(chars / 8 - 300)),
                new Payload("249k-unclosed-inline-tags", ContentFormat.HTML,
                        () -> "<i>x".repeat(markup) + "word ".repeat((chars - 4 * markup) / 5)),
                new Payload("249k-markdown-emphasis", ContentFormat.MARKDOWN,
                        () -> "*a".repeat(markup) + "x ".repeat((chars - 2 * markup) / 2)),
                new Payload("5MB-lone-surrogates", ContentFormat.TEXT, () -> "\uD800x".repeat(chars / 2)),
                new Payload("19k-sentences-5MB", ContentFormat.TEXT,
                        () -> ("South Korea accounts for 60 percent of the global DRAM market, according to the KSIA "
                                + "word ".repeat(40) + ". ").repeat(19_000).substring(0, chars)));
    }

    /** Bytes that are not UTF-8: lone continuation bytes, truncated sequences, overlong encodings. */
    private static byte[] invalidUtf8(int length) {
        byte[] pattern = {(byte) 0x80, 'a', (byte) 0xC3, ' ', (byte) 0xE2, (byte) 0x82, '<', (byte) 0xC0, (byte) 0xAF,
                'b'};
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = pattern[i % pattern.length];
        }
        return bytes;
    }

    private HostilePayloads() {
    }
}
