package io.policylens.gateway.rest;

/** Descriptions shared by the OpenAPI annotations of the public resources. */
final class OpenApiTexts {

    /** The fields of an extraction service's GET .../admin/feed, which the gateway relays unchanged. */
    static final String FEED_FIELDS = "consumer: the service's consumer group on the change topic; cursor, head, lag: "
            + "changes applied, published and still to apply (sums over the topic's partitions, for all replicas of "
            + "the service); partitions: the group's committed and end offset and lag per partition (one partition "
            + "with a growing lag: one stuck change); fastPathLag: deletions and visibility changes not looked at yet; "
            + "reextraction: the newest re-extraction (running, lag); lastError: the last failure. Changes given up on "
            + "are listed under dead-letters.";
    static final String ANALYSIS = "One answer combining a document with what was extracted from it";
    static final String ADMINISTRATION = "Re-extraction and extraction progress";
    static final String EXTRACT_BAD_INPUT = "Missing or too long text, bad format, unknown fields";
    static final String EXTRACT_TOO_LARGE = "Body over the size limit (payload-too-large), or text over claims- or "
            + "recommendations-service's extraction limits, relayed: more than 100,000 HTML tags or Markdown markers "
            + "and lines (too-much-markup) or 5,000 sentences after normalisation (too-many-sentences)";

    private OpenApiTexts() {
    }
}
