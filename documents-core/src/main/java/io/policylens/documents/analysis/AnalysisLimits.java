package io.policylens.documents.analysis;

import io.policylens.documents.text.TextNormaliser;

/**
 * What one text may cost the pipeline. Work and memory are linear in the input, but with a large factor per
 * sentence (annotations, then every extractor), so a service bounds both the characters it accepts and the
 * sentences they may turn into: a 5 MB list of one-word items would otherwise become a million sentences.
 *
 * @param maxChars     longest content accepted, in UTF-16 characters, before any parsing
 * @param maxMarkup    most markup a content may have, counted before parsing ({@link TextNormaliser#markupCount}):
 *                     the HTML and Markdown parsers hold a node per tag or marker, tens of bytes each, so 5 MB of
 *                     "&lt;b&gt;" would need far more heap than 5 MB of text
 * @param maxSentences most sentences a text may have after normalisation and segmentation
 */
public record AnalysisLimits(int maxChars, int maxMarkup, int maxSentences) {

    /** No limits: offline tools that analyse files the operator chose. */
    public static final AnalysisLimits NONE = new AnalysisLimits(Integer.MAX_VALUE, Integer.MAX_VALUE,
            Integer.MAX_VALUE);

    public AnalysisLimits {
        if (maxChars < 1 || maxMarkup < 1 || maxSentences < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
