package io.policylens.recommendations.rest;

import io.policylens.common.paging.Page;
import io.policylens.common.security.Caller;
import io.policylens.recommendations.extraction.ExtractedRecommendation;
import io.policylens.recommendations.repository.ClusterRow;
import io.policylens.recommendations.repository.EvidenceLinkEntity;
import io.policylens.recommendations.repository.RecommendationEntity;
import io.policylens.recommendations.repository.StatusChangeEntity;

import java.util.List;

/** Entity and extraction records to API views. */
final class RecommendationViews {

    private static final int MAX_LABEL = 120;

    private RecommendationViews() {
    }

    static RecommendationView view(RecommendationEntity r) {
        return view(r, null);
    }

    static RecommendationView view(RecommendationEntity r, List<EvidenceLinkEntity> evidence) {
        return new RecommendationView(
                r.id,
                r.documentId,
                r.documentTitle,
                r.documentPublisher,
                r.documentDate,
                r.visibility,
                r.ownerOrg,
                r.start,
                r.end,
                r.text,
                r.actor,
                r.strength,
                r.action,
                List.copyOf(r.topics),
                List.copyOf(r.forums),
                List.copyOf(r.entityIds),
                r.section,
                r.sentenceIndex,
                r.negated,
                r.clusterId,
                r.status,
                r.statusChangedAt,
                r.extractorVersion,
                r.documentRevision,
                evidence == null
                        ? null
                        : evidence.stream().map(RecommendationViews::evidence).toList());
    }

    static Page<RecommendationView> page(Page<RecommendationEntity> page) {
        return new Page<>(
                page.items().stream().map(RecommendationViews::view).toList(),
                page.page(),
                page.size(),
                page.total());
    }

    static EvidenceView evidence(EvidenceLinkEntity e) {
        return new EvidenceView(e.claimId, e.claimStart, e.claimEnd, e.claimText, e.score, e.reason, e.claimsVersion);
    }

    /** The actor's user name only for callers of the actor's organisation and the platform's staff. */
    static HistoryEntryView history(StatusChangeEntity h, Caller caller) {
        return new HistoryEntryView(h.fromStatus, h.status, h.note, caller.seesNamesOf(h.actorOrg) ? h.actor : null,
                h.effectiveDate, h.at);
    }

    static ClusterView cluster(ClusterRow c) {
        return new ClusterView(c.id(), shortLabel(c.label()), c.keywords(), c.members(), c.documents(), c.publishers(),
                c.opposing(), c.updatedAt());
    }

    static ExtractResponse.Item extracted(ExtractedRecommendation r) {
        return new ExtractResponse.Item(r.start(), r.end(), r.text(), r.actor(), r.strength(), r.action(), r.topics(),
                r.forums(), r.entityIds(), r.section(), r.sentenceIndex(), r.negated());
    }

    /** Fallback labels are a member's full action: shorten them like the clusterer shortens its own. */
    private static String shortLabel(String label) {
        return label == null || label.length() <= MAX_LABEL
                ? label
                : label.substring(0, MAX_LABEL - 3).strip() + "...";
    }
}
