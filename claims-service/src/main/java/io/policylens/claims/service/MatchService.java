package io.policylens.claims.service;

import io.policylens.claims.mapping.ClaimMapper;
import io.policylens.claims.matching.ClaimMatch;
import io.policylens.claims.matching.ClaimMatcher;
import io.policylens.claims.matching.DocumentClaim;
import io.policylens.claims.matching.MatchKind;
import io.policylens.claims.repository.ClaimEntity;
import io.policylens.claims.repository.ClaimRepository;
import io.policylens.common.paging.Page;
import io.policylens.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Cross-document matches of one claim. The database narrows the field to visible claims of other
 * documents that share an entity (or a measure word), then claims-core's ClaimMatcher decides
 * agreeing or conflicting. Scoping is applied to the candidates, so a match never reveals a claim
 * the caller could not read directly.
 */
@ApplicationScoped
public class MatchService {

    private static final Comparator<FoundMatch> ORDER = Comparator
            .comparing((FoundMatch m) -> m.match().kind() == MatchKind.CONFLICTING ? 0 : 1)
            .thenComparing(m -> -m.match().similarity())
            .thenComparing(m -> -m.other().claim().score)
            .thenComparing(m -> m.other().claim().id);

    @Inject
    ClaimService claims;

    @Inject
    ClaimRepository repository;

    @Inject
    ClaimMatcher matcher;

    /** Bounds the work per request: claims about very common entities can have thousands of candidates. */
    @ConfigProperty(name = "policylens.matches.max-candidates", defaultValue = "1000")
    int maxCandidates;

    @Transactional
    public Page<FoundMatch> matches(UUID id, Caller caller, int page, int size) {
        repository.readOnly();
        ClaimEntity claim = claims.visible(id, caller);
        DocumentClaim subject = new DocumentClaim(claim.documentId.toString(), ClaimMapper.toExtracted(claim));
        List<ClaimEntity> matched = new ArrayList<>();
        List<ClaimMatch> how = new ArrayList<>();
        for (ClaimEntity candidate : repository.matchCandidates(claim, caller, maxCandidates)) {
            ClaimMatch match = matcher.match(subject,
                    new DocumentClaim(candidate.documentId.toString(), ClaimMapper.toExtracted(candidate)));
            if (match != null) {
                matched.add(candidate);
                how.add(match);
            }
        }
        List<ReviewedClaim> others = claims.withReviews(matched);
        List<FoundMatch> found = new ArrayList<>(others.size());
        for (int i = 0; i < others.size(); i++) {
            found.add(new FoundMatch(others.get(i), how.get(i)));
        }
        found.sort(ORDER);
        int from = (int) Math.min((long) page * size, found.size());
        int to = Math.min(from + size, found.size());
        return new Page<>(List.copyOf(found.subList(from, to)), page, size, found.size());
    }
}
