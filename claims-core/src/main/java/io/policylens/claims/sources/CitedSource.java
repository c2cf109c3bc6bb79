package io.policylens.claims.sources;

/**
 * The source a claim credits, e.g. "Stockholm International Peace Research Institute".
 *
 * @param name  the source as named in the text, without a leading article
 * @param cue   how it is credited: "according to", "report" or the reporting verb ("estimates", "noted")
 * @param start offset of the name (document or sentence offsets, like the claim)
 * @param end   offset just past it
 */
public record CitedSource(String name, String cue, int start, int end) {

    public CitedSource shifted(int offset) {
        return new CitedSource(name, cue, start + offset, end + offset);
    }
}
