-- recommendations-service schema. Flyway owns it; Hibernate only validates it at start.

-- Clusters of similar recommendations across documents. The counts here are over ALL partners and are
-- kept for operations; the API recomputes counts from the recommendations each caller may see.
CREATE TABLE clusters (
    id                      text        PRIMARY KEY,           -- stable: carried over between re-clusterings
    label                   text        NOT NULL,
    -- the member the label was taken from: callers who may not see it get a visible member's action instead
    label_recommendation_id uuid,
    keywords                text[]      NOT NULL DEFAULT '{}',
    member_count            integer     NOT NULL,
    document_count          integer     NOT NULL,
    publisher_count         integer     NOT NULL,
    updated_at              timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE recommendations (
    -- name-based UUID of (document id, start, end): stable across re-extraction, so tracking state survives
    id                 uuid        PRIMARY KEY,
    document_id        uuid        NOT NULL,
    span_start         integer     NOT NULL CHECK (span_start >= 0),
    span_end           integer     NOT NULL CHECK (span_end > span_start),
    text               text        NOT NULL,
    actor              text,
    strength           text        NOT NULL CHECK (strength IN ('must', 'should', 'recommend', 'could', 'imperative')),
    action             text        NOT NULL,
    topics             text[]      NOT NULL DEFAULT '{}',
    forums             text[]      NOT NULL DEFAULT '{}',
    entity_ids         text[]      NOT NULL DEFAULT '{}',
    section            text,
    sentence_index     integer     NOT NULL,
    negated            boolean     NOT NULL DEFAULT false,
    -- scoping inherited from the document; refreshed on every metadata change
    owner_org          text        NOT NULL,
    visibility         text        NOT NULL CHECK (visibility IN ('public', 'partner')),
    -- provenance for display, so listing needs no call to documents-service
    document_title     text,
    document_publisher text,
    document_date      date,
    document_revision  integer     NOT NULL,
    extractor_version  text        NOT NULL,
    cluster_id         text        REFERENCES clusters (id) ON DELETE SET NULL,
    -- tracking state: never written by extraction
    status             text        NOT NULL DEFAULT 'proposed'
                                   CHECK (status IN ('proposed', 'under_consideration', 'adopted', 'implemented', 'rejected')),
    status_changed_at  timestamptz NOT NULL DEFAULT now(),
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    UNIQUE (document_id, span_start, span_end)
);

CREATE INDEX recommendations_document ON recommendations (document_id, span_start);
CREATE INDEX recommendations_cluster ON recommendations (cluster_id);
CREATE INDEX recommendations_scope ON recommendations (visibility, owner_org);
CREATE INDEX recommendations_topics ON recommendations USING gin (topics);
CREATE INDEX recommendations_order ON recommendations (document_date DESC NULLS LAST, document_id, span_start);
-- full-text query over the sentence, the addressee and the action (the same expression as the queries use)
CREATE INDEX recommendations_search ON recommendations USING gin (
    to_tsvector('english', text || ' ' || coalesce(actor, '') || ' ' || action));

CREATE TABLE recommendation_status_history (
    id                uuid        PRIMARY KEY,
    recommendation_id uuid        NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
    from_status       text        NOT NULL,
    status            text        NOT NULL,
    note              text,
    actor             text        NOT NULL,               -- the token's name
    effective_date    date        NOT NULL,               -- when it happened (given, or the day it was recorded)
    at                timestamptz NOT NULL DEFAULT now()  -- when it was recorded
);
CREATE INDEX recommendation_status_history_recommendation ON recommendation_status_history (recommendation_id, at);

-- Claims of the same document supporting a recommendation. Claim ids are ClaimIds.of(document, start, end),
-- the ids claims-service stores the same claims under.
CREATE TABLE evidence_links (
    id                uuid             PRIMARY KEY,
    recommendation_id uuid             NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
    document_id       uuid             NOT NULL,
    claim_id          uuid             NOT NULL,
    claim_start       integer          NOT NULL,
    claim_end         integer          NOT NULL,
    claim_text        text             NOT NULL,
    score             double precision NOT NULL,
    reason            text             NOT NULL,
    claims_version    text             NOT NULL,
    UNIQUE (recommendation_id, claim_id)
);
CREATE INDEX evidence_links_document ON evidence_links (document_id);
CREATE INDEX evidence_links_claim ON evidence_links (claim_id);

-- What was extracted from which document state: a change for a state already processed is skipped.
CREATE TABLE processed_documents (
    document_id       uuid        PRIMARY KEY,
    revision          integer     NOT NULL,
    extractor_version text        NOT NULL,
    claims_version    text        NOT NULL,
    -- hash of the sentences and annotations: a new revision with the same hash is a metadata change
    content_hash      text        NOT NULL,
    processed_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE feed_cursors (consumer text PRIMARY KEY, position bigint NOT NULL, updated_at timestamptz NOT NULL DEFAULT now());
