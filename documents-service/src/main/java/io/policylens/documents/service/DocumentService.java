package io.policylens.documents.service;

import io.policylens.common.paging.Page;
import io.policylens.common.problem.ProblemException;
import io.policylens.common.security.Caller;
import io.policylens.common.security.Roles;
import io.policylens.common.security.Visibility;
import io.policylens.documents.analysis.AnalysedDocument;
import io.policylens.documents.analysis.AnalysisLimits;
import io.policylens.documents.analysis.ContentLimitException;
import io.policylens.documents.analysis.DocumentAnalyser;
import io.policylens.documents.annotation.TopicScore;
import io.policylens.documents.feed.ChangeFeed;
import io.policylens.documents.feed.ChangeKind;
import io.policylens.documents.mapping.AnalysisMapper;
import io.policylens.documents.repository.DocumentEntity;
import io.policylens.documents.repository.DocumentFilter;
import io.policylens.documents.repository.DocumentMetadataRow;
import io.policylens.documents.repository.DocumentRepository;
import io.policylens.documents.repository.DocumentSummaryRow;
import io.policylens.documents.repository.StoredSummary;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static io.policylens.common.http.RequestValues.blankToNull;

/**
 * Document use cases: ingest (idempotent by owner and content), read with partner scoping, change
 * metadata, soft delete. Every write appends to the change feed in the same transaction, so a
 * document is never visible without its event or the other way round.
 */
@ApplicationScoped
public class DocumentService {

    @Inject
    DocumentRepository repository;

    @Inject
    ChangeFeed changeFeed;

    @Inject
    DocumentAnalyser analyser;

    @Inject
    AnalysisLimits limits;

    public IngestResult ingest(NewDocument request, Caller caller) {
        ContentDecoder.requireText(request.content());
        Visibility visibility = request.visibility() == null ? Visibility.PARTNER : request.visibility();
        String owner = caller.owningOrganisation();
        String hash = ContentHash.of(request.format(), request.content());
        // the pipeline runs outside any transaction: it needs no database, and a repeated submission
        // (rare) costs one analysis more instead of every submission costing a lookup transaction more
        AnalysedDocument analysed;
        try {
            analysed = analyser.analyse(request.content(), request.format(), limits);
        } catch (ContentLimitException e) {
            throw new ProblemException(413, e.limit().slug(), e.getMessage());
        }
        if (analysed.sentences().stream().allMatch(s -> s.sentence().heading())) {
            throw ProblemException.unprocessable(
                    "empty-document", "no text left after removing markup and boilerplate");
        }
        DocumentEntity document = newEntity(request, caller, visibility, hash, analysed);
        return QuarkusTransaction.requiringNew().call(() -> {
            repository.lockContent(owner, hash);
            Optional<DocumentEntity> stored = repository.findLiveByContent(owner, hash);
            if (stored.isPresent()) {
                return new IngestResult(stored.get(), false); // stored before, or by a concurrent request
            }
            repository.insert(document);
            changeFeed.append(document, ChangeKind.CREATED);
            return new IngestResult(document, true);
        });
    }

    @Transactional
    public DocumentEntity get(UUID id, Caller caller) {
        return visible(id, caller);
    }

    /**
     * A document's metadata without loading its texts and analysis; same visibility rule as {@link #get}. A document
     * stored without a summary (before V2) is loaded whole and summarised.
     */
    @Transactional
    public DocumentMetadataRow metadata(UUID id, Caller caller) {
        DocumentMetadataRow metadata = repository.findLiveMetadata(id)
                .filter(d -> caller.canSee(d.ownerOrg(), Visibility.parse(d.visibility())))
                .orElseThrow(() -> notFound(id));
        return metadata.summary() != null ? metadata : DocumentMetadataRow.of(visible(id, caller));
    }

    @Transactional
    public DocumentEntity update(UUID id, MetadataChange change, Caller caller) {
        DocumentEntity document = visibleForUpdate(id, caller);
        if (!caller.hasRole(Roles.ADMIN) && !document.ownerOrg.equals(caller.owningOrganisation())) {
            throw ProblemException.forbidden("only the owner organisation or an admin may change this document");
        }
        if (change.isEmpty()) {
            return document;
        }
        if (change.title() != null) {
            document.title = change.title().strip();
        }
        if (change.authors() != null) {
            document.authors = change.authors().stream().map(String::strip).toList();
        }
        if (change.publisher() != null) {
            document.publisher = blankToNull(change.publisher());
        }
        if (change.publishedDate() != null) {
            document.publishedDate = change.publishedDate();
        }
        if (change.sourceUrl() != null) {
            document.sourceUrl = blankToNull(change.sourceUrl());
        }
        if (change.language() != null) {
            document.language = change.language().toLowerCase(Locale.ROOT);
        }
        if (change.visibility() != null) {
            document.visibility = change.visibility().label();
        }
        document.revision++;
        document.updatedAt = now();
        changeFeed.append(document, ChangeKind.UPDATED); // writes the changed row first
        return document;
    }

    @Transactional
    public void delete(UUID id, Caller caller) {
        DocumentEntity document = visibleForUpdate(id, caller);
        document.deletedAt = now();
        document.updatedAt = document.deletedAt;
        document.revision++;
        changeFeed.append(document, ChangeKind.DELETED); // writes the changed row first
    }

    @Transactional
    public Page<DocumentSummaryRow> list(Caller caller, DocumentFilter filter, int page, int size) {
        return Page.of(repository.list(caller, filter, page, size), page, size, () -> repository.count(caller, filter));
    }

    @Transactional
    public Page<DocumentSummaryRow> search(Caller caller, DocumentFilter filter, String query, int page, int size) {
        return new Page<>(repository.search(caller, filter, query, page, size), page, size,
                repository.countSearch(caller, filter, query));
    }

    /** Another partner's private document answers 404, exactly like a missing one: its existence is not leaked. */
    private DocumentEntity visible(UUID id, Caller caller) {
        return repository.findLive(id)
                .filter(d -> caller.canSee(d.ownerOrg, Visibility.parse(d.visibility)))
                .orElseThrow(() -> notFound(id));
    }

    /** As {@link #visible}, with the row locked: two concurrent changes each take the next revision. */
    private DocumentEntity visibleForUpdate(UUID id, Caller caller) {
        return repository.findLiveForUpdate(id)
                .filter(d -> caller.canSee(d.ownerOrg, Visibility.parse(d.visibility)))
                .orElseThrow(() -> notFound(id));
    }

    /** The same answer for a missing document and for one the caller may not see. */
    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("document " + id + " not found");
    }

    private DocumentEntity newEntity(NewDocument request, Caller caller, Visibility visibility, String hash,
                                     AnalysedDocument analysed) {
        DocumentEntity document = new DocumentEntity();
        document.id = UUID.randomUUID();
        document.ownerOrg = caller.owningOrganisation();
        document.visibility = visibility.label();
        document.title = firstNonBlank(request.title(), analysed.title(), "Untitled document");
        document.authors = request.authors() == null
                        ? List.of()
                        : request.authors().stream().map(String::strip).toList();
        document.publisher = blankToNull(request.publisher());
        document.publishedDate = request.publishedDate();
        document.sourceUrl = blankToNull(request.sourceUrl());
        document.language = request.language() == null ? "en" : request.language().toLowerCase(Locale.ROOT);
        document.contentFormat = request.format().name().toLowerCase(Locale.ROOT);
        document.contentHash = hash;
        document.rawContent = request.content();
        document.text = analysed.text();
        document.analysis = AnalysisMapper.toStored(analysed);
        document.summary = StoredSummary.of(document.analysis, document.text.length());
        document.topics = analysed.topics().stream().map(TopicScore::topic).toList();
        document.entities = List.copyOf(analysed.entities().keySet());
        document.pipelineVersion = DocumentAnalyser.VERSION;
        document.revision = 1;
        document.createdBy = caller.name();
        document.createdAt = now();
        document.updatedAt = document.createdAt;
        return document;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
