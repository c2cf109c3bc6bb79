package io.policylens.claims.rest;

import io.policylens.claims.extraction.ExtractedClaim;
import io.policylens.claims.quantities.Quantity;
import io.policylens.claims.repository.ClaimEntity;
import io.policylens.claims.repository.ClaimReviewEntity;
import io.policylens.claims.repository.ReviewStateEntity;
import io.policylens.claims.repository.StoredQuantity;
import io.policylens.claims.service.FoundMatch;
import io.policylens.claims.service.ReviewedClaim;
import io.policylens.common.security.Caller;
import io.policylens.documents.analysis.AnnotatedSentence;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stored and extracted claims to API views. Reviewer names are personal data of the reviewer's organisation: a
 * caller sees them for its own organisation's reviews only (the platform's staff for all), otherwise null.
 */
final class ClaimViews {

    private ClaimViews() {
    }

    static ClaimView view(ReviewedClaim stored, Caller caller) {
        ClaimEntity c = stored.claim();
        ReviewStateEntity state = stored.review();
        ReviewView review = state == null
                        ? new ReviewView("unreviewed", null, null, null)
                        : new ReviewView(state.status, state.note, reviewer(state.reviewer, state.reviewerOrg, caller),
                                state.reviewedAt);
        return new ClaimView(c.id, c.documentId, c.spanStart, c.spanEnd, c.text, c.type, c.score, c.hedged, c.hedges,
                c.quantities.stream().map(ClaimViews::quantity).toList(), c.entities, c.topics,
                c.citedSource == null ? null : new SourceView(c.citedSource, c.citedSourceCue), c.section,
                c.sentenceIndex, new DocumentRef(c.documentId, c.documentTitle, c.documentPublisher,
                        c.documentPublishedDate, c.documentUrl, c.documentRevision, c.visibility, c.ownerOrg), review,
                c.extractorVersion, c.updatedAt);
    }

    static ReviewView review(ClaimReviewEntity r, Caller caller) {
        return new ReviewView(r.status, r.note, reviewer(r.reviewer, r.reviewerOrg, caller), r.reviewedAt);
    }

    static MatchView match(FoundMatch found, Caller caller) {
        var m = found.match();
        return new MatchView(m.kind().name().toLowerCase(Locale.ROOT), m.measure(), finite(m.valueA()),
                finite(m.valueB()), Math.round(m.similarity() * 1000) / 1000.0, view(found.other(), caller));
    }

    private static String reviewer(String name, String organisation, Caller caller) {
        return caller.seesNamesOf(organisation) ? name : null;
    }

    static ExtractedClaimView extracted(ExtractedClaim c, Map<Integer, AnnotatedSentence> sentences) {
        AnnotatedSentence sentence = sentences.get(c.sentenceIndex());
        return new ExtractedClaimView(c.start(), c.end(), c.text(), c.type().label(), c.score(), c.hedging().hedged(),
                c.hedging().cues(), c.quantities().stream().map(ClaimViews::quantity).toList(), c.entities(),
                sentence == null ? List.of() : sentence.topicIds(),
                c.source().map(s -> new SourceView(s.name(), s.cue())).orElse(null),
                sentence == null ? null : sentence.sentence().section(), c.sentenceIndex());
    }

    private static QuantityView quantity(StoredQuantity q) {
        return new QuantityView(q.value(), q.scale(), q.unit(), q.measured(), q.period(), q.approximate(), q.start(),
                q.end(), q.surface());
    }

    private static QuantityView quantity(Quantity q) {
        return new QuantityView(q.value(), q.scale(), q.unit(), q.measured(), q.period(), q.approximate(), q.start(),
                q.end(), q.surface());
    }

    /** The matcher reports NaN when a match rests on wording, not figures; JSON has no NaN. */
    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
