-- documents-service schema. Flyway owns it; Hibernate only validates it at start.

CREATE TABLE documents (
    id               uuid        PRIMARY KEY,
    owner_org        text        NOT NULL,
    visibility       text        NOT NULL CHECK (visibility IN ('public', 'partner')),
    title            text        NOT NULL,
    authors          text[]      NOT NULL DEFAULT '{}',
    publisher        text,
    published_date   date,
    source_url       text,
    language         text        NOT NULL DEFAULT 'en',
    content_format   text        NOT NULL CHECK (content_format IN ('text', 'html', 'markdown')),
    content_hash     text        NOT NULL,
    raw_content      text        NOT NULL,
    text             text        NOT NULL,
    -- blocks, sentences with offsets and annotations, topic scores, entity counts (see StoredAnalysis)
    analysis         jsonb       NOT NULL,
    topics           text[]      NOT NULL DEFAULT '{}',
    entities         text[]      NOT NULL DEFAULT '{}',
    pipeline_version text        NOT NULL,
    revision         integer     NOT NULL DEFAULT 1,
    created_by       text        NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    deleted_at       timestamptz,
    search           tsvector GENERATED ALWAYS AS (
                         setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
                         setweight(to_tsvector('english', coalesce(publisher, '')), 'C') ||
                         setweight(to_tsvector('english', text), 'B')) STORED
);

-- idempotent ingestion: one live document per owner and content
CREATE UNIQUE INDEX documents_owner_content ON documents (owner_org, content_hash) WHERE deleted_at IS NULL;
CREATE INDEX documents_search ON documents USING gin (search);
CREATE INDEX documents_topics ON documents USING gin (topics);
CREATE INDEX documents_entities ON documents USING gin (entities);
CREATE INDEX documents_published ON documents (published_date);
CREATE INDEX documents_created ON documents (created_at DESC, id);

-- The change feed. seq is assigned while holding a transaction-scoped advisory lock that is released
-- only at commit, so seq order equals commit order and a consumer can never see seq N+1 before seq N.
CREATE SEQUENCE document_changes_seq;

CREATE TABLE document_changes (
    seq          bigint      PRIMARY KEY,
    document_id  uuid        NOT NULL,
    revision     integer     NOT NULL,
    kind         text        NOT NULL CHECK (kind IN ('created', 'updated', 'deleted')),
    owner_org    text        NOT NULL,
    visibility   text        NOT NULL,
    occurred_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX document_changes_document ON document_changes (document_id);
