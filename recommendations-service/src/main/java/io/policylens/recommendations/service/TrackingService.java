package io.policylens.recommendations.service;

import io.policylens.common.problem.ProblemException;
import io.policylens.common.security.Caller;
import io.policylens.recommendations.repository.RecommendationEntity;
import io.policylens.recommendations.repository.RecommendationRepository;
import io.policylens.recommendations.repository.StatusChangeEntity;
import io.policylens.recommendations.repository.StatusHistoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Moves a recommendation through its tracking lifecycle and keeps the history. Tracking is one shared record of what
 * happened to the recommendation, not a per-partner opinion, so only analysts of the organisation that owns the
 * document and the platform's own analysts may change it ({@link Caller#maySetStateOf}); another partner's analyst
 * who sees a public recommendation gets 403 and can no longer move it to a final state.
 */
@ApplicationScoped
public class TrackingService {

    @Inject
    RecommendationRepository recommendations;

    @Inject
    StatusHistoryRepository history;

    @Transactional
    public RecommendationEntity change(UUID id, Caller caller, TrackingStatus target, String note, LocalDate date) {
        // the row lock serialises concurrent changes: the second one sees the first one's status
        RecommendationEntity recommendation = recommendations.findVisibleForUpdate(id, caller)
                .orElseThrow(() -> RecommendationService.notFound(id));
        if (!caller.maySetStateOf(recommendation.ownerOrg)) {
            throw ProblemException.forbidden(
                    "only analysts of the organisation that owns the document, or the platform's "
                            + "own analysts, may change the status of recommendation " + id);
        }
        TrackingStatus current = TrackingStatus.parse(recommendation.status);
        if (!current.canMoveTo(target)) {
            String allowed = current.next().isEmpty()
                            ? "none, it is final" : current.next().stream()
                                    .map(TrackingStatus::label)
                                    .collect(Collectors.joining(", "));
            throw new ProblemException(409, "invalid-transition", "cannot move a recommendation from '"
                            + current.label() + "' to '" + target.label() + "'; allowed: " + allowed);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        StatusChangeEntity entry = new StatusChangeEntity();
        entry.id = UUID.randomUUID();
        entry.recommendationId = id;
        entry.fromStatus = current.label();
        entry.status = target.label();
        entry.note = note == null || note.isBlank() ? null : note.strip();
        entry.actor = caller.name();
        entry.actorOrg = caller.owningOrganisation();
        entry.effectiveDate = date != null ? date : now.toLocalDate();
        entry.at = now;
        history.insert(entry);
        // the locked entity: Hibernate writes its changed tracking columns only, so the consumer's
        // extraction columns stay
        recommendation.status = target.label();
        recommendation.statusChangedAt = now;
        return recommendation;
    }
}
